"""The Windows version resource of the executables, rendered from ``app.__version__`` at build time.

build.spec writes one file per executable into PyInstaller's work folder, so the version in
Explorer's "Details" tab can never drift from the application's own version.
"""

from __future__ import annotations

import re

DESCRIPTION = "Passerelle - Vétélevage, Provet Cloud, Omnidoc, TOTVS"


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """``"1.2.3"`` → ``(1, 2, 3, 0)``; pre-release suffixes (``1.2.3rc1``) keep their numbers only."""
    numbers = [int(m) for m in re.findall(r"\d+", version.split("+")[0])[:4]]
    if not numbers:
        raise ValueError(f"Version {version!r} has no number; expected something like 1.2.3.")
    padded = [*numbers, 0, 0, 0, 0][:4]
    return padded[0], padded[1], padded[2], padded[3]


def render(version: str, original_filename: str) -> str:
    """PyInstaller's VSVersionInfo text (the format ``pyi-grab_version`` prints)."""
    vt = version_tuple(version)
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={vt},
    prodvers={vt},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
        StringStruct('CompanyName', 'Passerelle'),
        StringStruct('FileDescription', {DESCRIPTION!r}),
        StringStruct('FileVersion', {version!r}),
        StringStruct('InternalName', {original_filename.removesuffix(".exe")!r}),
        StringStruct('LegalCopyright', 'Passerelle'),
        StringStruct('OriginalFilename', {original_filename!r}),
        StringStruct('ProductName', 'Passerelle'),
        StringStruct('ProductVersion', {version!r})])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""

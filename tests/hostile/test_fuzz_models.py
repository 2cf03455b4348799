"""Item 8, wire models: every pydantic model of every integration, from arbitrary JSON, either
parses or is refused with pydantic's ValidationError (or the integration's own input error) —
never another exception; what parses can be dumped again and used the way the services use it."""

from __future__ import annotations

import contextlib
import importlib
import inspect
import pkgutil
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

import app.integrations as integrations_pkg
from app.core.errors import InputError
from tests.hostile.strategies import FUZZ, json_bytes, json_values, objects_for


def wire_models() -> list[type[BaseModel]]:
    found: dict[str, type[BaseModel]] = {}
    for info in pkgutil.iter_modules(integrations_pkg.__path__):
        try:
            module = importlib.import_module(f"app.integrations.{info.name}.models")
        except ModuleNotFoundError:
            continue
        for name, obj in vars(module).items():
            if (
                inspect.isclass(obj)
                and issubclass(obj, BaseModel)
                and obj.__module__ == module.__name__
                and not name.startswith("_")
            ):
                found[f"{info.name}.{name}"] = obj
    return [found[k] for k in sorted(found)]


MODELS = wire_models()
MODEL_FUZZ = settings(FUZZ, max_examples=25 * len(MODELS))  # about 25 per model


def test_every_integration_has_its_models_fuzzed() -> None:
    modules = {m.__module__.split(".")[2] for m in MODELS}
    assert {"vetelevage", "provet", "omnidoc", "totvs"} <= modules
    assert len(MODELS) >= 30


def use_like_the_services(obj: BaseModel) -> None:
    """What the services do with a parsed object must not fail either."""
    obj.model_dump(mode="json")
    obj.model_dump_json()
    for name in ("status_label", "company_id"):
        if hasattr(type(obj), name):
            getattr(obj, name)
    for method in ("problems", "body", "medication_codes", "filled"):
        if callable(getattr(obj, method, None)):
            getattr(obj, method)()


@MODEL_FUZZ
@given(data=st.data())
def test_model_from_arbitrary_json(data: st.DataObject) -> None:
    """Every model, from decoded JSON (``model_validate``) or from stored bytes, damaged or not
    (``model_validate_json``)."""
    model = data.draw(st.sampled_from(MODELS), label="model")
    shaped = objects_for(model)
    value = data.draw(st.one_of(shaped, json_bytes(shaped)), label="json")
    try:
        obj = model.model_validate_json(value) if isinstance(value, bytes) else model.model_validate(value)
    except ValidationError:
        return
    use_like_the_services(obj)


@FUZZ
@given(value=json_values())
def test_totvs_money(value: Any) -> None:
    from app.integrations.totvs.models import parse_money

    try:
        amount = parse_money(value)
    except ValueError:
        return
    assert amount.is_finite(), f"{value!r} became {amount}"


@FUZZ
@given(
    endpoint=st.sampled_from(["consultation", "client", "patient", "invoice", "invoicerow", "x"]),
    data=st.data(),
)
def test_provet_parse_object(endpoint: str, data: st.DataObject) -> None:
    from app.integrations.provet.models import MODELS as PROVET
    from app.integrations.provet.models import ProvetObject, parse_object

    value = data.draw(objects_for(PROVET.get(endpoint, ProvetObject)))
    try:
        obj = parse_object(endpoint, value)
    except ValidationError:
        return
    use_like_the_services(obj)


@settings(FUZZ, max_examples=60)
@given(data=st.data())
def test_omnidoc_form_file(data: st.DataObject) -> None:
    """A form file (``omnidoc url --form``): flat seed names or the API's nested patient."""
    from app.integrations.omnidoc.models import OmnidocForm, form_from_json
    from app.integrations.omnidoc.url import build_url
    from app.integrations.omnidoc.validation import errors, warnings

    keys = [*OmnidocForm.model_fields, "patient", "author_rpps", "context"]
    nested = st.dictionaries(
        st.sampled_from([k.removeprefix("patient_") for k in OmnidocForm.model_fields]),
        json_values(),
        max_size=6,
    )
    value = data.draw(
        st.one_of(
            st.dictionaries(st.sampled_from(keys), st.one_of(json_values(), nested), max_size=8),
            json_values(),
        )
    )
    try:
        form = form_from_json(value)
    except (InputError, ValidationError):
        return
    found = errors(form)
    warnings(form)
    try:  # a value that cannot be normalised is refused naming its field, nothing else
        build_url(form)
        form.api_body("10001234567", {"k": "v"})
    except InputError as exc:
        assert exc.field in found


@FUZZ
@given(raw=json_bytes(json_values()))
def test_base_client_json_decoding(raw: bytes) -> None:
    """The base client's decode: the value, or MalformedResponse, nothing else."""
    import types

    import httpx

    from app.core.http import BaseClient, MalformedResponse

    with contextlib.suppress(MalformedResponse):
        BaseClient.decode_json(types.SimpleNamespace(service="X"), httpx.Response(200, content=raw))  # type: ignore[arg-type]

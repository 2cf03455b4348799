<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="45" />
        <source>About Passerelle</source>
        <translation>Sobre o Passerelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="51" />
        <source>Qt {qt}, Python {py}. Data folder: {path}</source>
        <translation>Qt {qt}, Python {py}. Pasta de dados: {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="61" />
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="61" />
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="61" />
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
</context>
<context>
    <name>ActivityView</name>
    <message>
        <location filename="../../app/ui/activity_view.py" line="26" />
        <source>Search: visit id, lot, consultation id, prescription code… or words</source>
        <translation>Pesquisar: id da visita, lote, id da consulta, código da prescrição… ou palavras</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_view.py" line="30" />
        <source>All integrations</source>
        <translation>Todas as integrações</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_view.py" line="34" />
        <source>All outcomes</source>
        <translation>Todos os resultados</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_view.py" line="36" />
        <source>Succeeded</source>
        <translation>Sucesso</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_view.py" line="37" />
        <source>Partly</source>
        <translation>Parcial</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_view.py" line="38" />
        <source>Failed</source>
        <translation>Falha</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_view.py" line="39" />
        <source>Information</source>
        <translation>Informação</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_view.py" line="45" />
        <source>From this day</source>
        <translation>A partir deste dia</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_view.py" line="49" />
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/activity_view.py" line="91" />
        <source>%n entries shown</source>
        <translation><numerusform>%n entrada exibida</numerusform><numerusform>%n entradas exibidas</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_view.py" line="91" />
        <source> (scroll for more)</source>
        <translation> (role para ver mais)</translation>
    </message>
</context>
<context>
    <name>ActsPanel</name>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="606" />
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="607" />
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="608" />
        <source>Import (CSV)…</source>
        <translation>Importar (CSV)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="609" />
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="610" />
        <source>Send to Vétélevage</source>
        <translation>Enviar ao Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="618" />
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="619" />
        <source>Label</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="620" />
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="621" />
        <source>Price (excl. VAT)</source>
        <translation>Preço (sem impostos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="622" />
        <source>VAT %</source>
        <translation>IVA %</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="676" />
        <source>price</source>
        <translation>preço</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="677" />
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="692" />
        <source>Line {n}: {why}</source>
        <translation>Linha {n}: {why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="703" />
        <source>Acts saved.</source>
        <translation>Atos salvos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="709" />
        <source>Acts</source>
        <translation>Atos</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="734" />
        <source>{n} acts sent. Before: {a} only on Vétélevage, {r} only here, {c} different.</source>
        <translation>{n} atos enviados. Antes: {a} só no Vétélevage, {r} só aqui, {c} diferentes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="742" />
        <source>Vétélevage now has exactly this list.</source>
        <translation>O Vétélevage agora tem exatamente esta lista.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="744" />
        <source>Vétélevage still differs: {d}</source>
        <translation>O Vétélevage ainda difere: {d}</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="754" />
        <source>Sending acts to Vétélevage</source>
        <translation>Enviando atos ao Vétélevage</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/app.py" line="48" />
        <source>The database cannot be opened ({why}). Restore the last backup ({name})? The damaged file is kept in the backups folder.</source>
        <translation>O banco de dados não pode ser aberto ({why}). Restaurar o último backup ({name})? O arquivo danificado fica guardado na pasta de backups.</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="14" />
        <source>Retry now</source>
        <translation>Tentar agora</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="15" />
        <source>Reconnect…</source>
        <translation>Reconectar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="16" />
        <source>Map the product…</source>
        <translation>Associar o produto…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="17" />
        <source>Review…</source>
        <translation>Revisar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="18" />
        <source>Mark as handled…</source>
        <translation>Marcar como tratado…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="32" />
        <source>Integration</source>
        <translation>Integração</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="33" />
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="34" />
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="35" />
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="36" />
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="37" />
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/attention_model.py" line="46" />
        <source>Gave up after %n attempt(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="48" />
        <source>Handled by {who}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="51" />
        <source>Next try {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="52" />
        <source>Waits for a person</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <location filename="../../app/ui/attention_view.py" line="92" />
        <source>&amp;Do the action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="93" />
        <source>Retry, reconnect or open the decision, as the item says (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="94" />
        <source>&amp;Retry the selected…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="95" />
        <source>&amp;Mark as handled…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="96" />
        <source>Re&amp;fresh</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attention_view.py" line="136" />
        <source>%n item(s) wait for you.</source>
        <translation><numerusform>%n item aguarda você.</numerusform><numerusform>%n itens aguardam você.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="138" />
        <source>Nothing waits for you. Everything that failed was retried and went through.</source>
        <translation>Nada aguarda você. Tudo o que falhou foi tentado novamente com sucesso.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="174" />
        <source>Open the {name} tab to decide.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="181" />
        <source>None of the selected items can be retried from here.</source>
        <translation>Nenhum dos itens selecionados pode ser tentado daqui.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="213" />
        <source>{n} went through; still failing: {f}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attention_view.py" line="234" />
        <source>What was done about %n item(s)? (kept in the journal)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attention_view.py" line="217" />
        <source>%n item(s) went through.</source>
        <translation><numerusform>%n item foi processado.</numerusform><numerusform>%n itens foram processados.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="226" />
        <source>Retrying</source>
        <translation>Tentando novamente</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="233" />
        <source>Mark as handled</source>
        <translation>Marcar como tratado</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../../app/ui/dashboard.py" line="95" />
        <source>Test connection</source>
        <translation>Testar a conexão</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="96" />
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="109" />
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="110" />
        <source>Failing</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="111" />
        <source>Not configured</source>
        <translation>Não configurado</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="112" />
        <source>Not checked yet</source>
        <translation>Ainda não verificado</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="122" />
        <source>Last sync: {when}</source>
        <translation>Última sincronização: {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="127" />
        <source>Last sync: never</source>
        <translation>Última sincronização: nunca</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dashboard.py" line="129" />
        <source>%n item(s) waiting for you</source>
        <translation><numerusform>%n item aguarda você</numerusform><numerusform>%n itens aguardam você</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="132" />
        <source>Nothing waiting</source>
        <translation>Nada pendente</translation>
    </message>
</context>
<context>
    <name>CataloguePanel</name>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="526" />
        <source>Import catalogue (CSV)…</source>
        <translation>Importar o catálogo (CSV)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="527" />
        <source>Import mappings…</source>
        <translation>Importar as correspondências…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="528" />
        <source>Export mappings…</source>
        <translation>Exportar as correspondências…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="537" />
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="538" />
        <source>Clinic product</source>
        <translation>Produto da clínica</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="539" />
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="540" />
        <source>Price (excl. VAT)</source>
        <translation>Preço (sem impostos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="541" />
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="569" />
        <source>Vétélevage files</source>
        <translation>Arquivos Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="578" />
        <source>Clinic catalogue</source>
        <translation>Catálogo da clínica</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="581" />
        <source>{n} clinic products imported.</source>
        <translation>{n} produtos da clínica importados.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="584" />
        <location filename="../../app/ui/vetelevage_tab.py" line="590" />
        <source>Mappings</source>
        <translation>Correspondências</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="586" />
        <source>{n} mappings imported.</source>
        <translation>{n} correspondências importadas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="593" />
        <source>{n} mappings exported.</source>
        <translation>{n} correspondências exportadas.</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="33" />
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="34" />
        <source>Vétélevage</source>
        <translation>Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="35" />
        <source>Provet Cloud</source>
        <translation>Provet Cloud</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="36" />
        <source>Omnidoc</source>
        <translation>Omnidoc</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="37" />
        <source>TOTVS Saúde Planos</source>
        <translation>TOTVS Saúde Planos</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="38" />
        <source>TOTVS RH</source>
        <translation>TOTVS RH</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="39" />
        <source>Database</source>
        <translation>Banco de dados</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="40" />
        <source>Operations</source>
        <translation>Operação</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="145" />
        <source>Connections</source>
        <translation>Conexões</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="204" />
        <source>Test connection</source>
        <translation>Testar a conexão</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="281" />
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="289" />
        <source>Connected.</source>
        <translation>Conectado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="297" />
        <source>Testing the connection</source>
        <translation>Testando a conexão</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../app/ui/crash_dialog.py" line="43" />
        <source>Passerelle — unexpected problem</source>
        <translation>Passerelle — problema inesperado</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash_dialog.py" line="49" />
        <source>Something unexpected happened. Your data is safe and Passerelle keeps running. If it happens again, copy the report below and send it to support.</source>
        <translation>Ocorreu um problema inesperado. Seus dados estão seguros e o Passerelle continua funcionando. Se acontecer de novo, copie o relatório abaixo e envie ao suporte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash_dialog.py" line="60" />
        <source>Log file: {path}</source>
        <translation>Arquivo de log: {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash_dialog.py" line="64" />
        <source>Copy report</source>
        <translation>Copiar o relatório</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash_dialog.py" line="66" />
        <source>Open log folder</source>
        <translation>Abrir a pasta de logs</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../app/ui/dashboard.py" line="147" />
        <source>&lt;h2&gt;Today&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Hoje&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="162" />
        <source>No integration is installed.</source>
        <translation>Nenhuma integração instalada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dashboard.py" line="197" />
        <source>%n item(s) wait for a person across all integrations.</source>
        <translation><numerusform>%n item aguarda uma pessoa em todas as integrações.</numerusform><numerusform>%n itens aguardam uma pessoa em todas as integrações.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="199" />
        <source>Nothing waits for a person.</source>
        <translation>Nada aguarda uma pessoa.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="207" />
        <source>This integration has no connection test.</source>
        <translation>Esta integração não tem teste de conexão.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="232" />
        <source>Testing {name}</source>
        <translation>Testando {name}</translation>
    </message>
</context>
<context>
    <name>ErrorBar</name>
    <message>
        <location filename="../../app/ui/common.py" line="78" />
        <source>Dismiss</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../app/ui/common.py" line="110" />
        <source>Reconnect…</source>
        <translation>Reconectar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/common.py" line="113" />
        <source>Connections…</source>
        <translation>Conexões…</translation>
    </message>
    <message>
        <location filename="../../app/ui/common.py" line="115" />
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="774" />
        <source>Visits from</source>
        <translation>Visitas de</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="776" />
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="785" />
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="786" />
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="787" />
        <source>Why it waits</source>
        <translation>Por que aguarda</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="796" />
        <source>French Excel (; and decimal comma)</source>
        <translation>Excel francês (; e vírgula decimal)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="798" />
        <source>Export new billing lines…</source>
        <translation>Exportar as novas linhas de faturamento…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="818" />
        <source>&lt;b&gt;{imported}&lt;/b&gt; visits imported, &lt;b&gt;{committed}&lt;/b&gt; committed, &lt;b&gt;{exported}&lt;/b&gt; exported; billed {total} € excl. VAT. &lt;b&gt;{waiting}&lt;/b&gt; still waiting:</source>
        <translation>&lt;b&gt;{imported}&lt;/b&gt; visitas importadas, &lt;b&gt;{committed}&lt;/b&gt; confirmadas, &lt;b&gt;{exported}&lt;/b&gt; exportadas; faturado {total} € sem impostos. &lt;b&gt;{waiting}&lt;/b&gt; ainda pendentes:</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="836" />
        <source>Export billing lines</source>
        <translation>Exportar linhas de faturamento</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="848" />
        <source>{n} new billing line(s) exported to {path}.</source>
        <translation>{n} nova(s) linha(s) de faturamento exportada(s) para {path}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="857" />
        <source>Exporting billing lines</source>
        <translation>Exportando linhas de faturamento</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../../app/ui/models/journal_model.py" line="23" />
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/journal_model.py" line="24" />
        <source>Integration</source>
        <translation>Integração</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/journal_model.py" line="25" />
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/journal_model.py" line="26" />
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/journal_model.py" line="27" />
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/journal_model.py" line="28" />
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/journal_model.py" line="29" />
        <source>Desk</source>
        <translation>Estação</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="50" />
        <location filename="../../app/ui/main_window.py" line="87" />
        <source>Needs attention</source>
        <translation>Requer atenção</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="36" />
        <source> — demo</source>
        <translation> — demonstração</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="44" />
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="54" />
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="57" />
        <source>Desk: {desk}</source>
        <translation>Estação: {desk}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="109" />
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="110" />
        <source>&amp;Connections…</source>
        <translation>&amp;Conexões…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="114" />
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="117" />
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="118" />
        <source>Save a support report…</source>
        <translation>Salvar um relatório de suporte…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="119" />
        <source>Storage and backups…</source>
        <translation>Armazenamento e backups…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="120" />
        <source>Open the data folder</source>
        <translation>Abrir a pasta de dados</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="121" />
        <source>Open the log file</source>
        <translation>Abrir o arquivo de log</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="123" />
        <source>&amp;About Passerelle</source>
        <translation>&amp;Sobre o Passerelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164" />
        <location filename="../../app/ui/main_window.py" line="174" />
        <source>Support report</source>
        <translation>Relatório de suporte</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177" />
        <source>Support report saved: {path}</source>
        <translation>Relatório salvo: {path}</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/vetelevage_mapping_dialog.py" line="43" />
        <source>Map a Vétélevage product</source>
        <translation>Associar um produto Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vetelevage_mapping_dialog.py" line="56" />
        <source>Currently billed as {code}.</source>
        <translation>Atualmente faturado como {code}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vetelevage_mapping_dialog.py" line="59" />
        <source>Type to search the clinic catalogue…</source>
        <translation>Digite para pesquisar no catálogo da clínica…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vetelevage_mapping_dialog.py" line="64" />
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vetelevage_mapping_dialog.py" line="65" />
        <source>Clinic product</source>
        <translation>Produto da clínica</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vetelevage_mapping_dialog.py" line="66" />
        <location filename="../../app/ui/dialogs/vetelevage_mapping_dialog.py" line="70" />
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vetelevage_mapping_dialog.py" line="67" />
        <source>Price (excl. VAT)</source>
        <translation>Preço (sem impostos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vetelevage_mapping_dialog.py" line="69" />
        <source>Match</source>
        <translation>Correspondência</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vetelevage_mapping_dialog.py" line="87" />
        <source>Remember for every visit (recommended)</source>
        <translation>Lembrar para todas as visitas (recomendado)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vetelevage_mapping_dialog.py" line="90" />
        <source>Untick to bill this product this way for this visit only.</source>
        <translation>Desmarque para faturar este produto assim somente nesta visita.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vetelevage_mapping_dialog.py" line="97" />
        <source>Map</source>
        <translation>Associar</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vetelevage_mapping_dialog.py" line="161" />
        <source>No clinic product matches. Import the catalogue first, or search.</source>
        <translation>Nenhum produto da clínica corresponde. Importe o catálogo primeiro, ou pesquise.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/vetelevage_mapping_dialog.py" line="167" />
        <source>%n waiting visit(s) will get a line “{name}”, total {total} € excl. VAT.</source>
        <translation><numerusform>%n visita pendente receberá uma linha “{name}”, total {total} € sem impostos.</numerusform><numerusform>%n visitas pendentes receberão uma linha “{name}”, total {total} € sem impostos.</numerusform></translation>
    </message>
</context>
<context>
    <name>OmnidocTab</name>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="53" />
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="54" />
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="55" />
        <source>Birth name</source>
        <translation>Nome de nascimento</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="56" />
        <source>Birth date (YYYY-MM-DD)</source>
        <translation>Data de nascimento (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="57" />
        <source>Gender</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="58" />
        <source>Birth place (INSEE code)</source>
        <translation>Local de nascimento (código INSEE)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="59" />
        <source>Birth order</source>
        <translation>Ordem de nascimento</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="60" />
        <source>NIR of the insured</source>
        <translation>NIR do segurado</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="61" />
        <source>NIR of the patient</source>
        <translation>NIR do paciente</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="62" />
        <source>Regime (2 digits)</source>
        <translation>Regime (2 dígitos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="63" />
        <source>Caisse (3 digits)</source>
        <translation>Caixa (3 dígitos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="64" />
        <source>Centre (4 digits)</source>
        <translation>Centro (4 dígitos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="65" />
        <source>Gestion (2 digits)</source>
        <translation>Gestão (2 dígitos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="66" />
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="67" />
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="68" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="69" />
        <source>Recipient's RPPS</source>
        <translation>RPPS do médico solicitado</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="70" />
        <location filename="../../app/ui/omnidoc_tab.py" line="97" />
        <source>Request</source>
        <translation>Solicitação</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="74" />
        <location filename="../../app/ui/omnidoc_tab.py" line="191" />
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="86" />
        <source>Insurance</source>
        <translation>Seguro saúde</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="96" />
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="110" />
        <source>New request</source>
        <translation>Nova solicitação</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="148" />
        <source>&lt;b&gt;Attachments&lt;/b&gt; — drop files here</source>
        <translation>&lt;b&gt;Anexos&lt;/b&gt; — solte os arquivos aqui</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="151" />
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="152" />
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="153" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="154" />
        <source>Upload</source>
        <translation>Envio</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="165" />
        <source>Add files…</source>
        <translation>Adicionar arquivos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="166" />
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="175" />
        <source>Open prefilled request (no files)</source>
        <translation>Abrir a solicitação pré-preenchida (sem arquivos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="176" />
        <source>Create draft with files</source>
        <translation>Criar o rascunho com os arquivos</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="178" />
        <source>New empty form</source>
        <translation>Novo formulário vazio</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="185" />
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="191" />
        <source>(purged)</source>
        <translation>(apagado)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="192" />
        <source>Recipient RPPS</source>
        <translation>RPPS destinatário</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="193" />
        <source>Sent by</source>
        <translation>Enviada por</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="193" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="193" />
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="194" />
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="195" />
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="209" />
        <source>Reuse as a new request</source>
        <translation>Reutilizar como nova solicitação</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="210" />
        <source>Finish sending</source>
        <translation>Concluir o envio</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="211" />
        <source>Purge old personal data</source>
        <translation>Apagar dados pessoais antigos</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="220" />
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="235" />
        <source>Female (F)</source>
        <translation>Feminino (F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="235" />
        <source>Male (M)</source>
        <translation>Masculino (M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="299" />
        <source>Author RPPS (from Connections): {rpps}</source>
        <translation>RPPS do autor (em Conexões): {rpps}</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="299" />
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="354" />
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="354" />
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.txt)</source>
        <translation>Documentos (*.pdf *.png *.jpg *.jpeg *.tif *.txt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="376" />
        <source>The prefilled request is open in your browser.</source>
        <translation>A solicitação pré-preenchida está aberta no seu navegador.</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="400" />
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="400" />
        <source>sending…</source>
        <translation>enviando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="413" />
        <source>The draft was created with its files and opened in Omnidoc.</source>
        <translation>O rascunho foi criado com seus arquivos e aberto no Omnidoc.</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="427" />
        <source>Sending to Omnidoc</source>
        <translation>Enviando ao Omnidoc</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="443" />
        <source>Omnidoc refused the request; see the fields in red.</source>
        <translation>O Omnidoc recusou a solicitação; veja os campos em vermelho.</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="446" />
        <source>The author RPPS ({rpps}) is unknown to Omnidoc: check it in Connections.</source>
        <translation>O RPPS do autor ({rpps}) é desconhecido do Omnidoc: verifique-o em Conexões.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/omnidoc_tab.py" line="488" />
        <source>Personal data of %n old request(s) purged.</source>
        <translation><numerusform>Dados pessoais de %n solicitação antiga apagados.</numerusform><numerusform>Dados pessoais de %n solicitações antigas apagados.</numerusform></translation>
    </message>
</context>
<context>
    <name>RetryPreviewDialog</name>
    <message>
        <location filename="../../app/ui/attention_view.py" line="38" />
        <source>Retry the selected items</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attention_view.py" line="42" />
        <source>%n item(s) will be sent again:</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="50" />
        <source>Left alone (they need a person):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="58" />
        <source>Send again</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="35" />
        <source>Use a shared clinic database</source>
        <translation>Usar um banco compartilhado da clínica</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="40" />
        <source>Several desks of one clinic share one PostgreSQL database, so that a Vétélevage batch is imported once and every desk sees the same visits. Never put the SQLite file on a network share.</source>
        <translation>As estações de uma clínica compartilham um banco PostgreSQL: um lote Vétélevage é importado uma vez e todas as estações veem as mesmas visitas. Nunca coloque o arquivo SQLite em um compartilhamento de rede.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="55" />
        <source>kept in the keyring</source>
        <translation>guardada no cofre de senhas</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="56" />
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="57" />
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="62" />
        <source>Copy this desk's data into it (once)</source>
        <translation>Copiar os dados desta estação (uma vez)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="65" />
        <source>Test and preview</source>
        <translation>Testar e pré-visualizar</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="66" />
        <source>Use this database</source>
        <translation>Usar este banco</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="68" />
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="103" />
        <source>Connected to PostgreSQL {v}; the schema is ready.</source>
        <translation>Conectado ao PostgreSQL {v}; o esquema está pronto.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="104" />
        <source>This desk: {n} rows; shared database: {m} rows.</source>
        <translation>Esta estação: {n} linhas; banco compartilhado: {m} linhas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="111" />
        <source>The shared database already holds data ({who}): nothing will be copied.</source>
        <translation>O banco compartilhado já contém dados ({who}): nada será copiado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="112" />
        <source>this clinic's</source>
        <translation>desta clínica</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="112" />
        <source>another clinic's</source>
        <translation>de outra clínica</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="124" />
        <source>Testing the shared database</source>
        <translation>Testando o banco compartilhado</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="156" />
        <source>Done. Restart Passerelle to work on the shared database.</source>
        <translation>Pronto. Reinicie o Passerelle para trabalhar no banco compartilhado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="161" />
        <source>Preparing the shared database</source>
        <translation>Preparando o banco compartilhado</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="171" />
        <source>Use a shared clinic database…</source>
        <translation>Usar um banco compartilhado da clínica…</translation>
    </message>
</context>
<context>
    <name>StorageDialog</name>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="19" />
        <source>Storage and backups</source>
        <translation>Armazenamento e backups</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="31" />
        <source>Back up now</source>
        <translation>Fazer backup agora</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="32" />
        <source>Prune old raw data now</source>
        <translation>Apagar agora os dados brutos antigos</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="33" />
        <source>Restore a backup…</source>
        <translation>Restaurar um backup…</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="52" />
        <source>Database</source>
        <translation>Banco de dados</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="53" />
        <source>Database journal (WAL)</source>
        <translation>Diário do banco (WAL)</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="54" />
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="55" />
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="56" />
        <source>Exports</source>
        <translation>Exportações</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="63" />
        <source>Last backup: {name}</source>
        <translation>Último backup: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="63" />
        <source>No backup yet.</source>
        <translation>Nenhum backup ainda.</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="79" />
        <source>Backing up</source>
        <translation>Fazendo backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="79" />
        <source>Backup written.</source>
        <translation>Backup gravado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="84" />
        <source>Pruning</source>
        <translation>Limpeza</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="84" />
        <source>Old raw data pruned.</source>
        <translation>Dados brutos antigos apagados.</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="90" />
        <source>Restore a backup</source>
        <translation>Restaurar um backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="94" />
        <source>Restoring</source>
        <translation>Restaurando</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="96" />
        <source>Database restored; the previous one was kept in the backups folder.</source>
        <translation>Banco restaurado; o anterior ficou guardado na pasta de backups.</translation>
    </message>
</context>
<context>
    <name>UnmappedPanel</name>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="464" />
        <source>Map each product once: every waiting visit gets its billing line at once. Select a product and press Enter.</source>
        <translation>Associe cada produto uma vez: todas as visitas pendentes recebem a linha de faturamento na hora. Selecione um produto e pressione Enter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="473" />
        <source>Vétélevage product</source>
        <translation>Produto Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="474" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="475" />
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="475" />
        <source>none (clinic-specific)</source>
        <translation>nenhum (específico da clínica)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="476" />
        <source>Waiting visits</source>
        <translation>Visitas pendentes</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="478" />
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
</context>
<context>
    <name>VetelevageTab</name>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="25" />
        <source>To review</source>
        <translation>A revisar</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="26" />
        <source>Needs mapping</source>
        <translation>A associar</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="27" />
        <source>Ready</source>
        <translation>Pronta</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="28" />
        <source>Committed</source>
        <translation>Faturada</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="29" />
        <source>Set aside</source>
        <translation>Deixada de lado</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="871" />
        <source>Import visits now</source>
        <translation>Importar as visitas</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="873" />
        <source>Refresh product dictionary</source>
        <translation>Atualizar o dicionário de produtos</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="874" />
        <source>Open my Vétélevage account</source>
        <translation>Abrir minha conta Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="890" />
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="891" />
        <location filename="../../app/ui/vetelevage_tab.py" line="924" />
        <source>Products to map</source>
        <translation>Produtos a associar</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="892" />
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="893" />
        <source>Acts</source>
        <translation>Atos</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="894" />
        <source>Export and reconciliation</source>
        <translation>Exportação e conciliação</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="928" />
        <source>{n} to review</source>
        <translation>{n} a revisar</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="929" />
        <source>{n} need a mapping</source>
        <translation>{n} sem correspondência</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="930" />
        <source>{n} ready</source>
        <translation>{n} prontas</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="933" />
        <source>{n} unreadable, held</source>
        <translation>{n} ilegíveis, retidas</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="947" />
        <source>fetching the batch</source>
        <translation>buscando o lote</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="953" />
        <source>{compte}: {new} new visit(s), {known} already known{held}.</source>
        <translation>{compte}: {new} visita(s) nova(s), {known} já conhecida(s){held}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="957" />
        <source>, {n} held for review</source>
        <translation>, {n} retida(s) para revisão</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="961" />
        <source>Nothing to import.</source>
        <translation>Nada a importar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="970" />
        <source>Importing Vétélevage visits</source>
        <translation>Importando visitas Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="983" />
        <source>Refreshing the product dictionary</source>
        <translation>Atualizando o dicionário de produtos</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="987" />
        <source>Dictionary up to date ({n} products changed).</source>
        <translation>Dicionário atualizado ({n} produtos alterados).</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="1006" />
        <source>Opening Vétélevage</source>
        <translation>Abrindo o Vétélevage</translation>
    </message>
</context>
<context>
    <name>VisitsPanel</name>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="115" />
        <source>All states</source>
        <translation>Todas as situações</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="119" />
        <source>All accounts</source>
        <translation>Todas as contas</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="121" />
        <source>Breeder, vet, cheptel or visit id</source>
        <translation>Criador, veterinário, rebanho ou id da visita</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="130" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="132" />
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="138" />
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="139" />
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="140" />
        <source>Breeder</source>
        <translation>Criador</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="141" />
        <source>Vet</source>
        <translation>Veterinário</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="143" />
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="163" />
        <source>&lt;b&gt;Acts and products&lt;/b&gt;</source>
        <translation>&lt;b&gt;Atos e produtos&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="166" />
        <location filename="../../app/ui/vetelevage_tab.py" line="184" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="167" />
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="168" />
        <location filename="../../app/ui/vetelevage_tab.py" line="186" />
        <source>Label</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="169" />
        <location filename="../../app/ui/vetelevage_tab.py" line="188" />
        <source>Qty</source>
        <translation>Qtd</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="171" />
        <source>Clinic item</source>
        <translation>Item da clínica</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="172" />
        <source>— not mapped —</source>
        <translation>— sem correspondência —</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="181" />
        <source>&lt;b&gt;Billing lines (preview)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Linhas de faturamento (prévia)&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="185" />
        <source>Clinic code</source>
        <translation>Código da clínica</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="192" />
        <source>Unit price</source>
        <translation>Preço unitário</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="193" />
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="202" />
        <source>Commit to billing</source>
        <translation>Confirmar no faturamento</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="204" />
        <source>Write the billing lines once (Ctrl+Enter)</source>
        <translation>Gravar as linhas de faturamento uma única vez (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="205" />
        <source>Set aside…</source>
        <translation>Deixar de lado…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="206" />
        <source>Put back</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="207" />
        <source>Map product…</source>
        <translation>Associar o produto…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="208" />
        <source>Post a correction</source>
        <translation>Lançar uma correção</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="211" />
        <source>Bill the difference between what was committed and what the visit gives now (new mappings, prices): the first lines stay as they were.</source>
        <translation>Faturar a diferença entre o que foi confirmado e o que a visita dá agora (novas correspondências, preços): as primeiras linhas ficam como estão.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="303" />
        <source>Select a visit to review it.</source>
        <translation>Selecione uma visita para revisá-la.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="313" />
        <source>&lt;b&gt;{id}&lt;/b&gt; — {date} — {breeder} ({cheptel}) — {vet} — {species}</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; — {date} — {breeder} ({cheptel}) — {vet} — {species}</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="329" />
        <source>act</source>
        <translation>ato</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="339" />
        <source>product</source>
        <translation>produto</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="366" />
        <source>Committed on {when} by {who}: {total} € excl. VAT.</source>
        <translation>Faturada em {when} por {who}: {total} € sem impostos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="376" />
        <source>Total: {total} € excl. VAT</source>
        <translation>Total: {total} € sem impostos</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="398" />
        <source>Set the visit aside</source>
        <translation>Deixar a visita de lado</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="399" />
        <source>Why is visit {id} not billed now?</source>
        <translation>Por que a visita {id} não é faturada agora?</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="404" />
        <source>no reason given</source>
        <translation>sem motivo informado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/vetelevage_tab.py" line="421" />
        <source>%n correction line(s) written.</source>
        <translation><numerusform>%n linha de correção gravada.</numerusform><numerusform>%n linhas de correção gravadas.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage_tab.py" line="423" />
        <source>Nothing to correct: the billed lines match the visit.</source>
        <translation>Nada a corrigir: as linhas faturadas correspondem à visita.</translation>
    </message>
</context>
<context>
    <name>_JobRow</name>
    <message>
        <location filename="../../app/ui/job_status.py" line="28" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>alerts</name>
    <message>
        <location filename="../../app/ops/alerts.py" line="100" />
        <source>{n} item(s) wait for a person in {name}.</source>
        <translation>{n} item(ns) aguardam uma pessoa em {name}.</translation>
    </message>
    <message>
        <location filename="../../app/ops/alerts.py" line="101" />
        <source>{name} has been failing for {minutes} minutes: {why}</source>
        <translation>{name} está com falha há {minutes} minutos: {why}</translation>
    </message>
    <message>
        <location filename="../../app/ops/alerts.py" line="102" />
        <source>No Vétélevage visits imported for {days} working days.</source>
        <translation>Nenhuma visita Vétélevage importada há {days} dias úteis.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../app/core/errors.py" line="67" />
        <source>{service} refused the credentials. Reconnect in Connections (check the login, password or token).</source>
        <translation>{service} recusou as credenciais. Reconecte em Conexões (verifique o usuário, a senha ou o token).</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="71" />
        <source>{service} asks to slow down. Retrying in {seconds} s.</source>
        <translation>{service} pede para desacelerar. Nova tentativa em {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="72" />
        <source>{service} asks to slow down. Try again in a minute.</source>
        <translation>{service} pede para desacelerar. Tente novamente em um minuto.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="73" />
        <source>Cannot reach {service}: check the network or the address in Connections.</source>
        <translation>Não foi possível acessar {service}: verifique a rede ou o endereço em Conexões.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="76" />
        <source>{service} has a problem on its side. Nothing was lost; try again later.</source>
        <translation>{service} está com um problema do lado dele. Nada foi perdido; tente mais tarde.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="79" />
        <source>{service} sent an unexpected answer. Nothing was lost; try again later.</source>
        <translation>{service} enviou uma resposta inesperada. Nada foi perdido; tente mais tarde.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="82" />
        <source>{detail} Check the address in Connections.</source>
        <translation>{detail} Verifique o endereço em Conexões.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="83" />
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="84" />
        <source>Already running on {desk}. It will be done there; nothing to do here.</source>
        <translation>Já em andamento em {desk}. Será feito lá; nada a fazer aqui.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="85" />
        <source>{detail} Open Connections to set it.</source>
        <translation>{detail} Abra Conexões para defini-lo.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="86" />
        <source>Something unexpected happened ({kind}). Nothing was lost; try again, and if it happens again send the support report.</source>
        <translation>Ocorreu algo inesperado ({kind}). Nada foi perdido; tente novamente e, se acontecer de novo, envie o relatório de suporte.</translation>
    </message>
</context>
<context>
    <name>integrations</name>
    <message>
        <location filename="../../app/ui/_strings.py" line="64" />
        <source>Vétélevage</source>
        <translation>Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="65" />
        <source>Omnidoc</source>
        <translation>Omnidoc</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../app/ui/_strings.py" line="6" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="7" />
        <source>Empty: the system's.</source>
        <translation>Vazio: a do sistema.</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="8" />
        <source>Desk name</source>
        <translation>Nome da estação</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="9" />
        <source>Shown in the journal; default: computer name.</source>
        <translation>Exibido no registro; padrão: nome do computador.</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="10" />
        <source>Check for updates</source>
        <translation>Verificar atualizações</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="11" />
        <source>General behaviour of the desktop app.</source>
        <translation>Comportamento geral do aplicativo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="12" />
        <source>API address</source>
        <translation>Endereço da API</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="13" />
        <source>Authentication mode</source>
        <translation>Modo de autenticação</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="14" />
        <source>Editor client id</source>
        <translation>Id do editor (client_id)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="15" />
        <source>Editor client secret</source>
        <translation>Segredo do editor (client_secret)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="16" />
        <source>Account login (vétérinaire mode)</source>
        <translation>Login da conta (modo veterinário)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="17" />
        <source>Account password (vétérinaire mode)</source>
        <translation>Senha da conta (modo veterinário)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="18" />
        <source>Account (SaaS mode)</source>
        <translation>Conta (modo SaaS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="19" />
        <source>One account id, or 'all'.</source>
        <translation>Um id de conta, ou 'all'.</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="20" />
        <source>Import every N minutes (0: off)</source>
        <translation>Importar a cada N minutos (0: desligado)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="21" />
        <source>Daily acts push (HH:MM, empty: off)</source>
        <translation>Envio diário dos atos (HH:MM, vazio: desligado)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="22" />
        <source>Vétélevage "Passerelle LGCV".</source>
        <translation>Vétélevage "Passerelle LGCV".</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="23" />
        <source>REST API address</source>
        <translation>Endereço da API REST</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="24" />
        <source>https://provetcloud.com/&lt;provet_id&gt;/api/0.1/</source>
        <translation>https://provetcloud.com/&lt;provet_id&gt;/api/0.1/</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="25" />
        <source>OAuth2 client id</source>
        <translation>Id do cliente OAuth2</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="26" />
        <source>OAuth2 client secret</source>
        <translation>Segredo do cliente OAuth2</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="27" />
        <source>OAuth2 grant</source>
        <translation>Tipo de concessão OAuth2</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="28" />
        <source>Receive webhooks</source>
        <translation>Receber webhooks</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="29" />
        <source>Webhook listen address</source>
        <translation>Endereço de escuta dos webhooks</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="30" />
        <source>Webhook port</source>
        <translation>Porta dos webhooks</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="31" />
        <source>Webhook path token</source>
        <translation>Token do caminho dos webhooks</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="32" />
        <source>Catch-up poll every N minutes (0: off)</source>
        <translation>Recuperação a cada N minutos (0: desligado)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="33" />
        <source>Catch-up overlap (minutes)</source>
        <translation>Sobreposição da recuperação (minutos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="34" />
        <source>Provet Cloud.</source>
        <translation>Provet Cloud.</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="35" />
        <source>Database URL</source>
        <translation>URL do banco de dados</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="36" />
        <source>Empty: the SQLite file in the data dir.</source>
        <translation>Vazio: o arquivo SQLite na pasta de dados.</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="37" />
        <source>Database password</source>
        <translation>Senha do banco de dados</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="38" />
        <source>Local store: SQLite in the data dir, or a clinic's shared PostgreSQL.</source>
        <translation>Armazenamento: SQLite na pasta de dados, ou o PostgreSQL compartilhado da clínica.</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="39" />
        <source>Omnidoc address</source>
        <translation>Endereço do Omnidoc</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="40" />
        <source>Or https://playground.omnidoc.fr</source>
        <translation>Ou https://playground.omnidoc.fr</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="41" />
        <source>API token</source>
        <translation>Token da API</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="42" />
        <source>Author RPPS (11 digits)</source>
        <translation>RPPS do autor (11 dígitos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="43" />
        <source>Keep personal data in history (days)</source>
        <translation>Manter dados pessoais no histórico (dias)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="44" />
        <source>Omnidoc teleexpertise.</source>
        <translation>Teleperícia Omnidoc.</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="45" />
        <source>Protheus REST address</source>
        <translation>Endereço REST do Protheus</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="46" />
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="47" />
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="48" />
        <source>Health insurer code</source>
        <translation>Código da operadora</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="49" />
        <source>TOTVS Saúde Planos (Protheus).</source>
        <translation>TOTVS Saúde Planos (Protheus).</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="50" />
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="51" />
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="52" />
        <source>Branch</source>
        <translation>Filial</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="53" />
        <source>Page size</source>
        <translation>Tamanho da página</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="54" />
        <source>Incremental overlap (minutes)</source>
        <translation>Sobreposição incremental (minutos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="55" />
        <source>TOTVS RH (GPEA003API).</source>
        <translation>TOTVS RH (GPEA003API).</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="56" />
        <source>Keep raw payloads (days)</source>
        <translation>Manter dados brutos (dias)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="57" />
        <source>Backup every N hours (0: off)</source>
        <translation>Backup a cada N horas (0: desligado)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="58" />
        <source>Backups kept</source>
        <translation>Backups mantidos</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="59" />
        <source>Clinic opening hours</source>
        <translation>Horário de funcionamento da clínica</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="60" />
        <source>Alert when an integration fails for (minutes)</source>
        <translation>Alertar quando uma integração falha há (minutos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="61" />
        <source>Alert when no visits imported for (working days)</source>
        <translation>Alertar sem visitas importadas há (dias úteis)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="62" />
        <source>One daily digest instead of immediate alerts</source>
        <translation>Um resumo diário em vez de alertas imediatos</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="63" />
        <source>Operations: retention, backups, alerts.</source>
        <translation>Operação: retenção, backups, alertas.</translation>
    </message>
</context>
</TS>
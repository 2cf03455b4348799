<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="59" />
        <source>About Passerelle</source>
        <translation>Sobre o Passerelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="63" />
        <source>Qt {qt}, Python {py}. Data folder: {path}</source>
        <translation>Qt {qt}, Python {py}. Pasta de dados: {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="73" />
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="73" />
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="73" />
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
</context>
<context>
    <name>ActivityView</name>
    <message>
        <location filename="../../app/ui/activity_view.py" line="30" />
        <source>Search: visit id, lot, consultation id, prescription code… or words</source>
        <translation>Pesquisar: id da visita, lote, id da consulta, código da prescrição… ou palavras</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_view.py" line="34" />
        <source>All integrations</source>
        <translation>Todas as integrações</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_view.py" line="38" />
        <source>All outcomes</source>
        <translation>Todos os resultados</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_view.py" line="42" />
        <source>From this day</source>
        <translation>A partir deste dia</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_view.py" line="46" />
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_view.py" line="103" />
        <source>No entry shown: correct the date above.</source>
        <translation>Nenhum registro exibido: corrija a data acima.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_view.py" line="112" />
        <source>No entry shown: the journal could not be read.</source>
        <translation>Nenhuma entrada exibida: o registro não pôde ser lido.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_view.py" line="123" />
        <source>Nothing recorded matches this search since this date.</source>
        <translation>Nenhum registro corresponde a esta pesquisa desde esta data.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_view.py" line="124" />
        <source>Show everything</source>
        <translation>Mostrar tudo</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_view.py" line="128" />
        <source>Nothing recorded since this date: choose an earlier date above.</source>
        <translation>Nada registrado desde esta data: escolha uma data anterior acima.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_view.py" line="133" />
        <source>Showing the first {shown} of {total}.</source>
        <translation>Exibindo os primeiros {shown} de {total}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/activity_view.py" line="138" />
        <source>%n entries shown</source>
        <translation><numerusform>%n entrada exibida</numerusform><numerusform>%n entradas exibidas</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_view.py" line="134" />
        <location filename="../../app/ui/activity_view.py" line="138" />
        <source> (scroll for more)</source>
        <translation> (role para ver mais)</translation>
    </message>
</context>
<context>
    <name>ActsPanel</name>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="30" />
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="31" />
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="32" />
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="65" />
        <source>Import (CSV)…</source>
        <translation>Importar (CSV)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="33" />
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="34" />
        <source>Send to Vétélevage</source>
        <translation>Enviar ao Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="43" />
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="44" />
        <source>Label</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="45" />
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="47" />
        <source>Price (excl. VAT)</source>
        <translation>Preço (sem impostos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="53" />
        <source>VAT %</source>
        <translation>IVA %</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="64" />
        <source>No billable act yet: add them one by one, or import the acts list (CSV).</source>
        <translation>Nenhum ato faturável ainda: adicione-os um a um ou importe a lista de atos (CSV).</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="120" />
        <source>price</source>
        <translation>preço</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="121" />
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="135" />
        <source>Line {n}: {why}</source>
        <translation>Linha {n}: {why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="151" />
        <source>Acts saved.</source>
        <translation>Atos salvos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="183" />
        <source>Acts</source>
        <translation>Atos</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="208" />
        <source>{n} acts sent. Before: {a} only on Vétélevage, {r} only here, {c} different.</source>
        <translation>{n} atos enviados. Antes: {a} só no Vétélevage, {r} só aqui, {c} diferentes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="216" />
        <source>Vétélevage now has exactly this list.</source>
        <translation>O Vétélevage agora tem exatamente esta lista.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="218" />
        <source>Vétélevage still differs: {d}</source>
        <translation>O Vétélevage ainda difere: {d}</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="222" />
        <source>Sending acts to Vétélevage</source>
        <translation>Enviando atos ao Vétélevage</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/app.py" line="58" />
        <source>The database cannot be opened ({why}). Restore the last backup ({name})? The damaged file is kept in the backups folder.</source>
        <translation>O banco de dados não pode ser aberto ({why}). Restaurar o último backup ({name})? O arquivo danificado fica guardado na pasta de backups.</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="16" />
        <source>Retry now</source>
        <translation>Tentar agora</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="17" />
        <source>Reconnect…</source>
        <translation>Reconectar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="18" />
        <source>Map the product…</source>
        <translation>Associar o produto…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="19" />
        <source>Review…</source>
        <translation>Revisar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="20" />
        <source>Mark as handled…</source>
        <translation>Marcar como tratado…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="21" />
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="25" />
        <source>Send again</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="26" />
        <source>Open the draft…</source>
        <translation>Abrir o rascunho…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="55" />
        <source>Integration</source>
        <translation>Integração</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="57" />
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="61" />
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="63" />
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="65" />
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="66" />
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/attention_model.py" line="75" />
        <source>Gave up after %n attempt(s)</source>
        <translation><numerusform>Desistiu após %n tentativa</numerusform><numerusform>Desistiu após %n tentativas</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="77" />
        <source>Handled by {who}</source>
        <translation>Tratado por {who}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="80" />
        <source>Next try {when}</source>
        <translation>Próxima tentativa {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="81" />
        <source>Waits for a person</source>
        <translation>Aguarda uma pessoa</translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <location filename="../../app/ui/attention_view.py" line="120" />
        <source>&amp;Do the action</source>
        <translation>&amp;Executar a ação</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="121" />
        <source>Retry, reconnect or open the decision, as the item says (Enter)</source>
        <translation>Tentar de novo, reconectar ou abrir a decisão, conforme o item (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="122" />
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="124" />
        <source>Show what the item is about in its tab (the visit, the product, the request)</source>
        <translation>Mostrar do que se trata na sua aba (a visita, o produto, a solicitação)</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="126" />
        <source>&amp;Retry the selected…</source>
        <translation>&amp;Tentar de novo os selecionados…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="127" />
        <source>&amp;Mark as handled…</source>
        <translation>&amp;Marcar como tratado…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="128" />
        <source>Re&amp;fresh</source>
        <translation>Atuali&amp;zar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attention_view.py" line="193" />
        <source>%n item(s) wait for you.</source>
        <translation><numerusform>%n item aguarda você.</numerusform><numerusform>%n itens aguardam você.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="195" />
        <source>Nothing waits for you. Everything that failed was retried and went through.</source>
        <translation>Nada aguarda você. Tudo o que falhou foi tentado novamente com sucesso.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="198" />
        <source>Showing the first {shown} of {total}.</source>
        <translation>Exibindo os primeiros {shown} de {total}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="244" />
        <source>Open the {name} tab to decide.</source>
        <translation>Abra a aba {name} para decidir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="253" />
        <source>None of the selected items can be retried from here.</source>
        <translation>Nenhum dos itens selecionados pode ser tentado daqui.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="285" />
        <source>{what}: {why}</source>
        <translation>{what}: {why}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attention_view.py" line="289" />
        <source>%n went through; still failing: {f}</source>
        <translation><numerusform>%n passou; ainda com falha: {f}</numerusform><numerusform>%n passaram; ainda com falha: {f}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attention_view.py" line="310" />
        <source>What was done about %n item(s)? (kept in the journal)</source>
        <translation><numerusform>O que foi feito com este item? (fica no histórico)</numerusform><numerusform>O que foi feito com estes %n itens? (fica no histórico)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attention_view.py" line="293" />
        <source>%n item(s) went through.</source>
        <translation><numerusform>%n item foi processado.</numerusform><numerusform>%n itens foram processados.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="116" />
        <source>Nothing waits for you: failed work and decisions to take appear here.</source>
        <translation>Nada aguarda você: os trabalhos que falharam e as decisões a tomar aparecem aqui.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="302" />
        <source>Retrying</source>
        <translation>Tentando novamente</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="309" />
        <source>Mark as handled</source>
        <translation>Marcar como tratado</translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="63" />
        <source>Saved queries</source>
        <translation>Consultas salvas</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="65" />
        <source>Name to save this query</source>
        <translation>Nome para salvar esta consulta</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="66" />
        <source>Save query</source>
        <translation>Salvar consulta</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="67" />
        <source>Endpoint:</source>
        <translation>Recurso:</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="77" />
        <source>Add filter</source>
        <translation>Adicionar filtro</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="78" />
        <source>Match any filter (OR)</source>
        <translation>Qualquer filtro (OU)</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="84" />
        <source>Related objects to include in full (expose)</source>
        <translation>Objetos relacionados a incluir por inteiro (expose)</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="85" />
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="87" />
        <source>Export to CSV…</source>
        <translation>Exportar para CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="110" />
        <source>Choose a row to read it here.</source>
        <translation>Escolha uma linha para lê-la aqui.</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="112" />
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="112" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="115" />
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="116" />
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="249" />
        <source>Query sent to Provet: {query}</source>
        <translation>Consulta enviada ao Provet: {query}</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="269" />
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/provet/browse_page.py" line="292" />
        <source>%n object(s) found</source>
        <translation><numerusform>%n objeto encontrado</numerusform><numerusform>%n objetos encontrados</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="284" />
        <source>Provet Cloud: page %1</source>
        <translation>Provet Cloud: página %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="368" />
        <source>Provet Cloud is not connected yet. Enter its address in Connections, then search.</source>
        <translation>O Provet Cloud ainda não está conectado. Informe o endereço em Conexões e pesquise em seguida.</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="369" />
        <source>Connections…</source>
        <translation>Conexões…</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="372" />
        <source>Connect to Provet Cloud first (Connection page), then search.</source>
        <translation>Conecte-se primeiro ao Provet Cloud (página Conexão) e pesquise em seguida.</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="373" />
        <source>Connect…</source>
        <translation>Conectar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="376" />
        <source>Nothing matches these filters. Widen them (remove a filter, choose a longer period or fewer words) and search again.</source>
        <translation>Nada corresponde a estes filtros. Amplie-os (remova um filtro, escolha um período maior ou menos palavras) e pesquise de novo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="380" />
        <source>The search did not go through, so no results are shown. The message above says what to do; then search again.</source>
        <translation>A pesquisa não foi concluída, por isso nenhum resultado é mostrado. A mensagem acima diz o que fazer; depois pesquise de novo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="454" />
        <source>Export to CSV</source>
        <translation>Exportar para CSV</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="456" />
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/provet/browse_page.py" line="469" />
        <source>%n object(s) exported.</source>
        <translation><numerusform>%n objeto exportado.</numerusform><numerusform>%n objetos exportados.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="471" />
        <source>Provet Cloud export</source>
        <translation>Exportação Provet Cloud</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="490" />
        <source>Query saved.</source>
        <translation>Consulta salva.</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../../app/ui/dashboard.py" line="105" />
        <source>Test connection</source>
        <translation>Testar a conexão</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="106" />
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="130" />
        <source>Testing the connection…</source>
        <translation>Testando a conexão…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="133" />
        <source>Connection test ({when}): OK. {sentence}</source>
        <translation>Teste de conexão ({when}): OK. {sentence}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="135" />
        <source>Connection test ({when}): OK.</source>
        <translation>Teste de conexão ({when}): OK.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="139" />
        <source>Connection test ({when}) failed: {sentence}</source>
        <translation>O teste de conexão ({when}) falhou: {sentence}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="156" />
        <source>Last answer: {when}</source>
        <translation>Última resposta: {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="160" />
        <source>Last failure: {when}</source>
        <translation>Última falha: {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="163" />
        <source>Last failure: {when}: {sentence}</source>
        <translation>Última falha: {when}: {sentence}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="172" />
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="173" />
        <source>Failing</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="174" />
        <source>Not configured</source>
        <translation>Não configurado</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="175" />
        <source>Not checked yet</source>
        <translation>Ainda não verificado</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="194" />
        <source>Last sync: {when}</source>
        <translation>Última sincronização: {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="199" />
        <source>Last sync: never</source>
        <translation>Última sincronização: nunca</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dashboard.py" line="202" />
        <source>%n item(s) waiting for you</source>
        <translation><numerusform>%n item aguarda você</numerusform><numerusform>%n itens aguardam você</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="205" />
        <source>Show them in Needs attention</source>
        <translation>Vê-los em Requer atenção</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="209" />
        <source>Nothing waiting</source>
        <translation>Nada pendente</translation>
    </message>
</context>
<context>
    <name>CataloguePanel</name>
    <message>
        <location filename="../../app/ui/vetelevage/catalogue_panel.py" line="30" />
        <location filename="../../app/ui/vetelevage/catalogue_panel.py" line="54" />
        <source>Import catalogue (CSV)…</source>
        <translation>Importar o catálogo (CSV)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/catalogue_panel.py" line="31" />
        <source>Import mappings…</source>
        <translation>Importar as correspondências…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/catalogue_panel.py" line="32" />
        <source>Export mappings…</source>
        <translation>Exportar as correspondências…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/catalogue_panel.py" line="40" />
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/catalogue_panel.py" line="41" />
        <source>Clinic product</source>
        <translation>Produto da clínica</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/catalogue_panel.py" line="42" />
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/catalogue_panel.py" line="43" />
        <source>Price (excl. VAT)</source>
        <translation>Preço (sem impostos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/catalogue_panel.py" line="44" />
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/catalogue_panel.py" line="52" />
        <source>No clinic product yet: import the clinic catalogue (CSV) to map the Vétélevage products.</source>
        <translation>Nenhum produto da clínica ainda: importe o catálogo da clínica (CSV) para associar os produtos Vétélevage.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/catalogue_panel.py" line="72" />
        <source>Vétélevage files</source>
        <translation>Arquivos Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/catalogue_panel.py" line="80" />
        <source>Clinic catalogue</source>
        <translation>Catálogo da clínica</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/catalogue_panel.py" line="81" />
        <source>{n} clinic products imported.</source>
        <translation>Produtos da clínica importados: {n}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/catalogue_panel.py" line="85" />
        <location filename="../../app/ui/vetelevage/catalogue_panel.py" line="91" />
        <source>Mappings</source>
        <translation>Correspondências</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/catalogue_panel.py" line="86" />
        <source>{n} mappings imported.</source>
        <translation>Associações importadas: {n}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/catalogue_panel.py" line="94" />
        <source>{n} mappings exported.</source>
        <translation>{n} correspondências exportadas.</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../../app/ui/vetelevage/line_changes.py" line="107" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <location filename="../../app/ui/provet/connection_page.py" line="31" />
        <location filename="../../app/ui/provet/connection_page.py" line="68" />
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/connection_page.py" line="32" />
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/connection_page.py" line="33" />
        <source>Use this registration</source>
        <translation>Usar este registro</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/connection_page.py" line="55" />
        <source>browser sign-in (PKCE)</source>
        <translation>login pelo navegador (PKCE)</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/connection_page.py" line="57" />
        <source>client credentials</source>
        <translation>credenciais do cliente</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/connection_page.py" line="60" />
        <source>Not set up: enter the API address in Connections.</source>
        <translation>Não configurado: informe o endereço da API em Conexões.</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/connection_page.py" line="63" />
        <source>Connected to %1 (%2).</source>
        <translation>Conectado a %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/connection_page.py" line="66" />
        <source>Not connected (%1).</source>
        <translation>Não conectado (%1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/connection_page.py" line="68" />
        <source>Connect via browser</source>
        <translation>Conectar pelo navegador</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/connection_page.py" line="76" />
        <source>Registered by Provet on %1 (client %2).</source>
        <translation>Registrado pelo Provet em %1 (cliente %2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/connection_page.py" line="79" />
        <source>No registration received from Provet yet.</source>
        <translation>Nenhum registro recebido do Provet até agora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/connection_page.py" line="93" />
        <source>Connected to Provet Cloud.</source>
        <translation>Conectado ao Provet Cloud.</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/connection_page.py" line="96" />
        <source>Provet Cloud: connect</source>
        <translation>Provet Cloud: conexão</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/connection_page.py" line="102" />
        <source>Provet Cloud: disconnect</source>
        <translation>Provet Cloud: desconexão</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="35" />
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="36" />
        <source>Vétélevage</source>
        <translation>Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="37" />
        <source>Provet Cloud</source>
        <translation>Provet Cloud</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="38" />
        <source>Omnidoc</source>
        <translation>Omnidoc</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="39" />
        <source>TOTVS Saúde Planos</source>
        <translation>TOTVS Saúde Planos</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="40" />
        <source>TOTVS RH</source>
        <translation>TOTVS RH</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="41" />
        <source>Database</source>
        <translation>Banco de dados</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="42" />
        <source>Operations</source>
        <translation>Operação</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="43" />
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="53" />
        <source>Français</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="54" />
        <source>Português (Brasil)</source>
        <translation>Português (Brasil)</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="55" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="56" />
        <source>Veterinary practice (one account)</source>
        <translation>Clínica veterinária (uma conta)</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="57" />
        <source>Software vendor (SaaS, several accounts)</source>
        <translation>Fornecedor de software (SaaS, várias contas)</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="58" />
        <source>Application credentials (no sign-in)</source>
        <translation>Credenciais do aplicativo (sem login)</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="59" />
        <source>Sign in with the browser</source>
        <translation>Entrar pelo navegador</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="102" />
        <source>The keyring could not be read — type to replace</source>
        <translation>Não foi possível ler o cofre de senhas — digite para substituir</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="104" />
        <source>Stored in the keyring — type to replace</source>
        <translation>Guardado no cofre de senhas — digite para substituir</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="106" />
        <source>Not set</source>
        <translation>Não definido</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="118" />
        <source>(system default)</source>
        <translation>(padrão do sistema)</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="171" />
        <source>Every linked account</source>
        <translation>Todas as contas vinculadas</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="214" />
        <source>Connections</source>
        <translation>Conexões</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="278" />
        <source>Test connection</source>
        <translation>Testar a conexão</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="379" />
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="390" />
        <source>Connected.</source>
        <translation>Conectado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="399" />
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
        <location filename="../../app/ui/dashboard.py" line="225" />
        <source>&lt;h2&gt;Today&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Hoje&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="248" />
        <source>No integration is installed.</source>
        <translation>Nenhuma integração instalada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dashboard.py" line="290" />
        <source>%n item(s) wait for a person across all integrations.</source>
        <translation><numerusform>%n item aguarda uma pessoa em todas as integrações.</numerusform><numerusform>%n itens aguardam uma pessoa em todas as integrações.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="292" />
        <source>Nothing waits for a person.</source>
        <translation>Nada aguarda uma pessoa.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="318" />
        <source>This integration has no connection test.</source>
        <translation>Esta integração não tem teste de conexão.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="360" />
        <source>Testing {name}</source>
        <translation>Testando {name}</translation>
    </message>
</context>
<context>
    <name>DatabaseWaitLabel</name>
    <message>
        <location filename="../../app/ui/db_wait_label.py" line="22" />
        <source>Waiting for the database…</source>
        <translation>Aguardando o banco de dados…</translation>
    </message>
    <message>
        <location filename="../../app/ui/db_wait_label.py" line="25" />
        <source>Another desk or a backup is using the database; Passerelle goes on as soon as it is free.</source>
        <translation>Outro posto ou um backup está usando o banco de dados; o Passerelle continua assim que ele estiver livre.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../app/ui/dates.py" line="314" />
        <source>Pick the date in a calendar</source>
        <translation>Escolher a data num calendário</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../app/ui/dates.py" line="23" />
        <source>Write the date as {format}, e.g. {example}.</source>
        <translation>Escreva a data como {format}, por exemplo {example}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dates.py" line="24" />
        <source>Write the date as {format}, with a time hh:mm if needed, e.g. {example} 08:30.</source>
        <translation>Escreva a data como {format}, com um horário hh:mm se preciso, por exemplo {example} 08:30.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dates.py" line="27" />
        <source>{text} does not exist: {month} {year} has {days} days.</source>
        <translation>{text} não existe: {month} de {year} tem {days} dias.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dates.py" line="28" />
        <source>{text} does not exist: months go from 01 to 12.</source>
        <translation>{text} não existe: os meses vão de 01 a 12.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dates.py" line="29" />
        <source>{text} is not a time of day: hours 00 to 23, minutes 00 to 59.</source>
        <translation>{text} não é um horário: horas de 00 a 23, minutos de 00 a 59.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dates.py" line="32" />
        <source>The date cannot be after {limit}.</source>
        <translation>A data não pode ser depois de {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dates.py" line="33" />
        <source>The date cannot be before {limit}.</source>
        <translation>A data não pode ser antes de {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dates.py" line="34" />
        <source>Type the date as {format}.</source>
        <translation>Digite a data como {format}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dates.py" line="35" />
        <source>Write the month as {format}, e.g. {example}.</source>
        <translation>Escreva o mês como {format}, por exemplo {example}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dates.py" line="37" />
        <source>dd</source>
        <translation>dd</translation>
    </message>
    <message>
        <location filename="../../app/ui/dates.py" line="38" />
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <location filename="../../app/ui/dates.py" line="39" />
        <source>yyyy</source>
        <translation>aaaa</translation>
    </message>
</context>
<context>
    <name>DemoMenu</name>
    <message>
        <location filename="../../app/ui/demo_menu.py" line="22" />
        <source>&amp;Demo</source>
        <translation>&amp;Demonstração</translation>
    </message>
    <message>
        <location filename="../../app/ui/demo_menu.py" line="27" />
        <source>{name} is down</source>
        <translation>{name} está fora do ar</translation>
    </message>
</context>
<context>
    <name>ErrorBar</name>
    <message>
        <location filename="../../app/ui/common.py" line="88" />
        <source>Dismiss</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../app/ui/common.py" line="120" />
        <source>Reconnect…</source>
        <translation>Reconectar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/common.py" line="123" />
        <source>Connections…</source>
        <translation>Conexões…</translation>
    </message>
    <message>
        <location filename="../../app/ui/common.py" line="125" />
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../app/ui/vetelevage/export_panel.py" line="41" />
        <source>Visits from</source>
        <translation>Visitas de</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/export_panel.py" line="42" />
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/export_panel.py" line="51" />
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/export_panel.py" line="53" />
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/export_panel.py" line="55" />
        <source>Why it waits</source>
        <translation>Por que aguarda</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/export_panel.py" line="61" />
        <source>Nothing waits in this period: every visit is committed or set aside.</source>
        <translation>Nada aguarda neste período: cada visita está confirmada ou posta de lado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/export_panel.py" line="66" />
        <source>Excel (XLSX)</source>
        <translation>Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/export_panel.py" line="68" />
        <source>French Excel (; and decimal comma)</source>
        <translation>Excel francês (; e vírgula decimal)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/export_panel.py" line="70" />
        <source>Export new billing lines…</source>
        <translation>Exportar as novas linhas de faturamento…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/export_panel.py" line="79" />
        <source>Correct the period above to see its visits.</source>
        <translation>Corrija o período acima para ver suas visitas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/export_panel.py" line="87" />
        <source>&lt;b&gt;{imported}&lt;/b&gt; visits imported, &lt;b&gt;{committed}&lt;/b&gt; committed, &lt;b&gt;{exported}&lt;/b&gt; exported; billed {total} € excl. VAT. &lt;b&gt;{waiting}&lt;/b&gt; still waiting:</source>
        <translation>&lt;b&gt;{imported}&lt;/b&gt; visitas importadas, &lt;b&gt;{committed}&lt;/b&gt; confirmadas, &lt;b&gt;{exported}&lt;/b&gt; exportadas; faturado {total} € sem impostos. &lt;b&gt;{waiting}&lt;/b&gt; ainda pendentes:</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/export_panel.py" line="106" />
        <source>Export billing lines</source>
        <translation>Exportar linhas de faturamento</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/export_panel.py" line="124" />
        <source>Nothing new to export: every committed billing line is already in an export. No file was written.</source>
        <translation>Nada de novo para exportar: cada linha de faturamento confirmada já está em uma exportação. Nenhum arquivo foi gravado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/vetelevage/export_panel.py" line="131" />
        <source>%n new billing line(s) exported to {path}.</source>
        <translation><numerusform>%n nova linha de faturamento exportada para {path}.</numerusform><numerusform>%n novas linhas de faturamento exportadas para {path}.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/export_panel.py" line="138" />
        <source>Exporting billing lines</source>
        <translation>Exportando linhas de faturamento</translation>
    </message>
</context>
<context>
    <name>FilterRow</name>
    <message>
        <location filename="../../app/ui/provet/filter_row.py" line="162" />
        <source>number (id)</source>
        <translation>número (id)</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/filter_row.py" line="164" />
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/filter_row.py" line="165" />
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/filter_row.py" line="205" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/filter_row.py" line="67" />
        <source>Remove this filter</source>
        <translation>Remover este filtro</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/filter_row.py" line="160" />
        <source>value1, value2, …</source>
        <translation>valor1, valor2, …</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../../app/core/journal_words.py" line="13" />
        <source>Succeeded</source>
        <translation>Sucesso</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="14" />
        <source>Partly</source>
        <translation>Parcial</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="15" />
        <source>Failed</source>
        <translation>Falha</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="16" />
        <source>Information</source>
        <translation>Informação</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="19" />
        <source>Import</source>
        <translation>Importação</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="20" />
        <source>Acknowledgement</source>
        <translation>Confirmação</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="21" />
        <source>Acts sent</source>
        <translation>Envio dos atos</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="22" />
        <source>Mapping</source>
        <translation>Correspondência</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="23" />
        <source>Mappings imported</source>
        <translation>Correspondências importadas</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="24" />
        <source>Catalogue imported</source>
        <translation>Catálogo importado</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="25" />
        <source>Dictionary update</source>
        <translation>Atualização do dicionário</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="26" />
        <source>Billing</source>
        <translation>Faturamento</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="27" />
        <source>Correction</source>
        <translation>Correção</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="28" />
        <source>Set aside</source>
        <translation>Deixada de lado</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="29" />
        <source>Export</source>
        <translation>Exportação</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="30" />
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="31" />
        <source>Disconnection</source>
        <translation>Desconexão</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="32" />
        <source>Settings changed</source>
        <translation>Configurações alteradas</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="33" />
        <source>Secret changed</source>
        <translation>Segredo alterado</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="34" />
        <source>Registration</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="35" />
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="36" />
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="37" />
        <source>Catch-up</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="38" />
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="39" />
        <source>Prescription</source>
        <translation>Prescrição</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="40" />
        <source>Prefilled request</source>
        <translation>Pedido pré-preenchido</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="41" />
        <source>Draft created</source>
        <translation>Rascunho criado</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="42" />
        <source>Draft opened</source>
        <translation>Rascunho aberto</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="43" />
        <source>Draft replaced</source>
        <translation>Rascunho substituído</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="44" />
        <source>Files sent</source>
        <translation>Arquivos enviados</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="45" />
        <source>Purge</source>
        <translation>Expurgo</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="46" />
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="47" />
        <source>Restore</source>
        <translation>Restauração</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="48" />
        <source>Pruning</source>
        <translation>Limpeza</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="49" />
        <source>Support report</source>
        <translation>Relatório de suporte</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="50" />
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="51" />
        <source>Handled</source>
        <translation>Tratado</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/journal_model.py" line="53" />
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/journal_model.py" line="55" />
        <source>Integration</source>
        <translation>Integração</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/journal_model.py" line="59" />
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/journal_model.py" line="61" />
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/journal_model.py" line="66" />
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/journal_model.py" line="67" />
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/journal_model.py" line="68" />
        <source>Desk</source>
        <translation>Estação</translation>
    </message>
</context>
<context>
    <name>LineChangesModel</name>
    <message>
        <location filename="../../app/ui/vetelevage/line_changes.py" line="21" />
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/line_changes.py" line="23" />
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/line_changes.py" line="25" />
        <source>Qty</source>
        <translation>Qtd</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/line_changes.py" line="26" />
        <source>Billed as now</source>
        <translation>Faturado hoje como</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/line_changes.py" line="27" />
        <source>Amount now</source>
        <translation>Valor atual</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/line_changes.py" line="29" />
        <source>Billed as after</source>
        <translation>Faturado depois como</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/line_changes.py" line="31" />
        <source>stays as billed (a correction is suggested)</source>
        <translation>fica como faturado (uma correção é sugerida)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/line_changes.py" line="38" />
        <source>Amount after</source>
        <translation>Valor depois</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/line_changes.py" line="45" />
        <source>not billed (waits for a mapping)</source>
        <translation>não faturado (aguarda uma correspondência)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/line_changes.py" line="54" />
        <source>No billing line changes.</source>
        <translation>Nenhuma linha de faturamento muda.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/vetelevage/line_changes.py" line="61" />
        <source>%n line(s) change in visits not committed yet: {before} € → {after} € excl. VAT.</source>
        <translation><numerusform>%n linha muda nas visitas ainda não faturadas: {before} € → {after} € sem impostos.</numerusform><numerusform>%n linhas mudam nas visitas ainda não faturadas: {before} € → {after} € sem impostos.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/vetelevage/line_changes.py" line="69" />
        <source>%n committed visit(s) stay as billed; each is flagged for a correction entry.</source>
        <translation><numerusform>%n visita faturada fica como está; ela é sinalizada para um lançamento de correção.</numerusform><numerusform>%n visitas faturadas ficam como estão; cada uma é sinalizada para um lançamento de correção.</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="92" />
        <location filename="../../app/ui/main_window.py" line="249" />
        <source>Needs attention</source>
        <translation>Requer atenção</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="80" />
        <location filename="../../app/ui/main_window.py" line="119" />
        <source> — demo</source>
        <translation> — demonstração</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="31" />
        <location filename="../../app/ui/main_window.py" line="94" />
        <source>Opening the database…</source>
        <translation>Abrindo o banco de dados…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="87" />
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="93" />
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="126" />
        <source>Desk: {desk}</source>
        <translation>Estação: {desk}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="298" />
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="299" />
        <source>&amp;Connections…</source>
        <translation>&amp;Conexões…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="302" />
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="305" />
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="308" />
        <source>Save a support report…</source>
        <translation>Salvar um relatório de suporte…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="309" />
        <source>Storage and backups…</source>
        <translation>Armazenamento e backups…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="310" />
        <source>Open the data folder</source>
        <translation>Abrir a pasta de dados</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="311" />
        <source>Open the log file</source>
        <translation>Abrir o arquivo de log</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="314" />
        <source>&amp;About Passerelle</source>
        <translation>&amp;Sobre o Passerelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="366" />
        <location filename="../../app/ui/main_window.py" line="376" />
        <source>Support report</source>
        <translation>Relatório de suporte</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="379" />
        <source>Support report saved: {path}</source>
        <translation>Relatório salvo: {path}</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="62" />
        <source>Map a Vétélevage product</source>
        <translation>Associar um produto Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="87" />
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="93" />
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="135" />
        <source>Not in my catalogue…</source>
        <translation>Fora do meu catálogo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="138" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="174" />
        <source>Currently billed as {code}.</source>
        <translation>Atualmente faturado como {code}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="278" />
        <source>Reading the clinic catalogue…</source>
        <translation>Lendo o catálogo da clínica…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="284" />
        <source>Suggested: {code} ({why}). Press Enter to map it, or choose another.</source>
        <translation>Sugestão: {code} ({why}). Pressione Enter para associá-lo, ou escolha outro.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="293" />
        <source>Nothing is pre-selected: no clinic product has this GTIN or the same substance, strength and form. Choose one with ↑/↓, or use Not in my catalogue.</source>
        <translation>Nada foi pré-selecionado: nenhum produto da clínica tem este GTIN nem a mesma substância, dosagem e forma. Escolha um com ↑/↓, ou use “Fora do meu catálogo”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="297" />
        <source>Nothing is pre-selected: several clinic products match equally. Choose one with ↑/↓.</source>
        <translation>Nada foi pré-selecionado: vários produtos da clínica correspondem igualmente. Escolha um com ↑/↓.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="300" />
        <source>The clinic catalogue is empty: import it (Catalogue), or use Not in my catalogue.</source>
        <translation>O catálogo da clínica está vazio: importe-o (Catálogo), ou use “Fora do meu catálogo”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="326" />
        <source>No clinic product matches. Search again, or use Not in my catalogue.</source>
        <translation>Nenhum produto da clínica corresponde. Pesquise de novo, ou use “Fora do meu catálogo”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="329" />
        <source>Select a clinic product to see the billing lines it gives.</source>
        <translation>Selecione um produto da clínica para ver as linhas de faturamento que ele gera.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="371" />
        <source>Choose a clinic product first (↑/↓), then press Enter.</source>
        <translation>Escolha primeiro um produto da clínica (↑/↓) e pressione Enter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="73" />
        <source>Type to search the clinic catalogue…</source>
        <translation>Digite para pesquisar no catálogo da clínica…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="82" />
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="83" />
        <source>Clinic product</source>
        <translation>Produto da clínica</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="84" />
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="85" />
        <source>Price (excl. VAT)</source>
        <translation>Preço (sem impostos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="125" />
        <source>Remember for every visit (recommended)</source>
        <translation>Lembrar para todas as visitas (recomendado)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="128" />
        <source>Untick to bill this product this way for this visit only.</source>
        <translation>Desmarque para faturar este produto assim somente nesta visita.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="137" />
        <source>Map</source>
        <translation>Associar</translation>
    </message>
</context>
<context>
    <name>MappingsPanel</name>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="35" />
        <source>Search a product, a code or a name</source>
        <translation>Pesquisar um produto, um código ou um nome</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="37" />
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="123" />
        <source>Change…</source>
        <translation>Alterar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="38" />
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="124" />
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="40" />
        <source>Its visits not committed yet wait for a mapping again; committed visits stay as billed.</source>
        <translation>Suas visitas ainda não faturadas voltam a aguardar uma correspondência; as visitas faturadas ficam como estão.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="48" />
        <source>Vétélevage product</source>
        <translation>Produto Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="49" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="51" />
        <source>Clinic product</source>
        <translation>Produto da clínica</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="52" />
        <source>— left unmapped on purpose —</source>
        <translation>— deixado sem correspondência de propósito —</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="56" />
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="57" />
        <source>Changed on</source>
        <translation>Alterado em</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="58" />
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="106" />
        <source>No mapping yet: map products from Products to map, or import a mappings file (Catalogue).</source>
        <translation>Nenhuma correspondência ainda: associe produtos em “Produtos a associar”, ou importe um arquivo de correspondências (Catálogo).</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="110" />
        <source>No mapping matches the search.</source>
        <translation>Nenhuma correspondência atende à pesquisa.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="120" />
        <source>Map…</source>
        <translation>Associar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="121" />
        <source>Remind me again</source>
        <translation>Lembrar-me de novo</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="164" />
        <source>Delete a mapping</source>
        <translation>Excluir uma correspondência</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="165" />
        <source>Delete the mapping of {product} ({id}) to {code}?</source>
        <translation>Excluir a correspondência de {product} ({id}) para {code}?</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="169" />
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
</context>
<context>
    <name>NewProductForm</name>
    <message>
        <location filename="../../app/ui/vetelevage/new_product_form.py" line="22" />
        <source>Not in my catalogue</source>
        <translation>Fora do meu catálogo</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/new_product_form.py" line="25" />
        <source>e.g. MED1090</source>
        <translation>ex.: MED1090</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/new_product_form.py" line="28" />
        <source>e.g. 12,90</source>
        <translation>ex.: 12,90</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/new_product_form.py" line="30" />
        <source>e.g. flacon</source>
        <translation>ex.: frasco</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/new_product_form.py" line="32" />
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/new_product_form.py" line="38" />
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/new_product_form.py" line="39" />
        <source>Clinic product</source>
        <translation>Produto da clínica</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/new_product_form.py" line="40" />
        <source>Price (excl. VAT)</source>
        <translation>Preço (sem impostos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/new_product_form.py" line="41" />
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/new_product_form.py" line="42" />
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/new_product_form.py" line="58" />
        <source>Add to the catalogue and map</source>
        <translation>Adicionar ao catálogo e associar</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/new_product_form.py" line="62" />
        <source>Why (optional), e.g. supplied by the breeder</source>
        <translation>Por quê (opcional), ex.: fornecido pelo criador</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/new_product_form.py" line="63" />
        <source>Leave unmapped on purpose</source>
        <translation>Deixar sem correspondência de propósito</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/new_product_form.py" line="66" />
        <source>Its visits keep waiting and say why; the product is listed last, without reminders.</source>
        <translation>Suas visitas continuam aguardando e dizem por quê; o produto fica no fim da lista, sem lembretes.</translation>
    </message>
</context>
<context>
    <name>OmnidocTab</name>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="31" />
        <source>Being prepared</source>
        <translation>Em preparação</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="32" />
        <source>Draft created, files to send</source>
        <translation>Rascunho criado, arquivos a enviar</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="33" />
        <source>Ready to open</source>
        <translation>Pronto para abrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="34" />
        <source>Opened in Omnidoc</source>
        <translation>Aberto no Omnidoc</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="35" />
        <source>Not sent</source>
        <translation>Não enviada</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="36" />
        <source>Opened as a prefilled link</source>
        <translation>Aberta por link pré-preenchido</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="37" />
        <source>To send again on a new draft</source>
        <translation>A reenviar em um novo rascunho</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="82" />
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="83" />
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="84" />
        <source>Birth name</source>
        <translation>Nome de nascimento</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="85" />
        <source>Birth date (DD/MM/YYYY)</source>
        <translation>Data de nascimento (DD/MM/AAAA)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="86" />
        <source>Gender</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="87" />
        <source>Birth place (INSEE code)</source>
        <translation>Local de nascimento (código INSEE)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="88" />
        <source>Birth order</source>
        <translation>Ordem de nascimento</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="89" />
        <source>NIR of the insured</source>
        <translation>NIR do segurado</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="90" />
        <source>NIR of the patient</source>
        <translation>NIR do paciente</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="91" />
        <source>Regime (2 digits)</source>
        <translation>Regime (2 dígitos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="92" />
        <source>Caisse (3 digits)</source>
        <translation>Caixa (3 dígitos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="93" />
        <source>Centre (4 digits)</source>
        <translation>Centro (4 dígitos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="94" />
        <source>Gestion (2 digits)</source>
        <translation>Gestão (2 dígitos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="95" />
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="96" />
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="97" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="98" />
        <source>Recipient's RPPS</source>
        <translation>RPPS do médico solicitado</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="99" />
        <location filename="../../app/ui/omnidoc_tab.py" line="126" />
        <source>Request</source>
        <translation>Solicitação</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="103" />
        <location filename="../../app/ui/omnidoc_tab.py" line="240" />
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="115" />
        <source>Insurance</source>
        <translation>Seguro saúde</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="125" />
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="138" />
        <location filename="../../app/ui/omnidoc_tab.py" line="635" />
        <source>New request</source>
        <translation>Nova solicitação</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="142" />
        <source>Provet client no.</source>
        <translation>Nº do cliente Provet</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="143" />
        <source>Provet patient no.</source>
        <translation>Nº do paciente Provet</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="146" />
        <source>e.g. 1042</source>
        <translation>ex.: 1042</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="148" />
        <source>Fill from Provet</source>
        <translation>Preencher a partir do Provet</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="150" />
        <source>Copy the names, e-mail, phone and address of this Provet Cloud client (or owner).</source>
        <translation>Copiar nome, e-mail, telefone e endereço deste cliente do Provet Cloud (ou do tutor).</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="191" />
        <source>&lt;b&gt;Attachments&lt;/b&gt; — drop files here</source>
        <translation>&lt;b&gt;Anexos&lt;/b&gt; — solte os arquivos aqui</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="194" />
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="195" />
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="196" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="197" />
        <source>Upload</source>
        <translation>Envio</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="208" />
        <source>No file yet: drop files here, or add them.</source>
        <translation>Nenhum arquivo ainda: solte os arquivos aqui ou adicione-os.</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="209" />
        <location filename="../../app/ui/omnidoc_tab.py" line="214" />
        <source>Add files…</source>
        <translation>Adicionar arquivos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="215" />
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="224" />
        <source>Open prefilled request (no files)</source>
        <translation>Abrir a solicitação pré-preenchida (sem arquivos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="225" />
        <source>Create draft with files</source>
        <translation>Criar o rascunho com os arquivos</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="227" />
        <source>New empty form</source>
        <translation>Novo formulário vazio</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="234" />
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="240" />
        <source>(purged)</source>
        <translation>(apagado)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="241" />
        <source>Recipient RPPS</source>
        <translation>RPPS destinatário</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="242" />
        <source>Sent by</source>
        <translation>Enviada por</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="242" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="242" />
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="244" />
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="246" />
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="264" />
        <source>Reuse as a new request</source>
        <translation>Reutilizar como nova solicitação</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="265" />
        <source>Finish sending</source>
        <translation>Concluir o envio</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="266" />
        <source>Purge old personal data</source>
        <translation>Apagar dados pessoais antigos</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="275" />
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="297" />
        <source>Female (F)</source>
        <translation>Feminino (F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="297" />
        <source>Male (M)</source>
        <translation>Masculino (M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="362" />
        <source>Author RPPS (from Connections): {rpps}</source>
        <translation>RPPS do autor (em Conexões): {rpps}</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="362" />
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="449" />
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="449" />
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.txt)</source>
        <translation>Documentos (*.pdf *.png *.jpg *.jpeg *.tif *.txt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="471" />
        <source>The prefilled request is open in your browser.</source>
        <translation>A solicitação pré-preenchida está aberta no seu navegador.</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="489" />
        <source>The link is ready, but no browser could be opened: copy it, then paste it into your browser.</source>
        <translation>O link está pronto, mas nenhum navegador pôde ser aberto: copie-o e cole-o no seu navegador.</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="492" />
        <source>Copy the link</source>
        <translation>Copiar o link</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="501" />
        <source>Link copied: paste it into your browser's address bar.</source>
        <translation>Link copiado: cole-o na barra de endereços do seu navegador.</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="532" />
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="532" />
        <source>sending…</source>
        <translation>enviando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="543" />
        <source>The draft was created with its files and opened in Omnidoc.</source>
        <translation>O rascunho foi criado com seus arquivos e aberto no Omnidoc.</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="545" />
        <source>The draft was created with its files.</source>
        <translation>O rascunho foi criado com os arquivos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="556" />
        <source>Sending to Omnidoc</source>
        <translation>Enviando ao Omnidoc</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="576" />
        <source>Type the Provet Cloud number first (digits only).</source>
        <translation>Digite primeiro o número do Provet Cloud (somente dígitos).</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="599" />
        <source>Filled from Provet Cloud: check the fields, then add the NIR and the request.</source>
        <translation>Preenchido a partir do Provet Cloud: confira os campos e depois acrescente o NIR e o pedido.</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="608" />
        <source>Reading the client from Provet Cloud</source>
        <translation>Lendo o cliente no Provet Cloud</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="619" />
        <source>Omnidoc refused the request; see the fields in red.</source>
        <translation>O Omnidoc recusou a solicitação; veja os campos em vermelho.</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="622" />
        <source>The author RPPS ({rpps}) is unknown to Omnidoc: check it in Connections.</source>
        <translation>O RPPS do autor ({rpps}) é desconhecido do Omnidoc: verifique-o em Conexões.</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="634" />
        <source>No request yet: fill the form in New request, then open or send it.</source>
        <translation>Nenhuma solicitação ainda: preencha o formulário em Nova solicitação e abra-a ou envie-a.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/omnidoc_tab.py" line="693" />
        <source>Personal data of %n old request(s) purged.</source>
        <translation><numerusform>Dados pessoais de %n solicitação antiga apagados.</numerusform><numerusform>Dados pessoais de %n solicitações antigas apagados.</numerusform></translation>
    </message>
</context>
<context>
    <name>OpeningHoursEditor</name>
    <message>
        <location filename="../../app/ui/opening_hours_editor.py" line="67" />
        <source>Opens at</source>
        <translation>Abre às</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening_hours_editor.py" line="68" />
        <location filename="../../app/ui/opening_hours_editor.py" line="73" />
        <source>Closes at</source>
        <translation>Fecha às</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening_hours_editor.py" line="69" />
        <source>and</source>
        <translation>e</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening_hours_editor.py" line="70" />
        <source>Open a second time that day (after a break)</source>
        <translation>Abrir uma segunda vez nesse dia (após uma pausa)</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening_hours_editor.py" line="72" />
        <source>Opens again at</source>
        <translation>Reabre às</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening_hours_editor.py" line="182" />
        <source>{day}: the closing time must come after the opening time.</source>
        <translation>{day}: o horário de fechamento deve vir depois do horário de abertura.</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening_hours_editor.py" line="186" />
        <source>{day}: the second opening must start after the first one closes.</source>
        <translation>{day}: a segunda abertura deve começar depois do primeiro fechamento.</translation>
    </message>
</context>
<context>
    <name>PrescriptionDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/totvs_prescription_dialog.py" line="83" />
        <source>New continuous-medication prescription</source>
        <translation>Nova prescrição de medicamento contínuo</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/totvs_prescription_dialog.py" line="120" />
        <source>Table code</source>
        <translation>Código da tabela</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/totvs_prescription_dialog.py" line="120" />
        <source>Medication code</source>
        <translation>Código do medicamento</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/totvs_prescription_dialog.py" line="122" />
        <source>Attachment link (https://…)</source>
        <translation>Link do anexo (https://…)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/totvs_prescription_dialog.py" line="145" />
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/totvs_prescription_dialog.py" line="146" />
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/totvs_prescription_dialog.py" line="173" />
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/totvs_prescription_dialog.py" line="278" />
        <source>Filing the prescription</source>
        <translation>Registrando a prescrição</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/totvs_prescription_dialog.py" line="292" />
        <source>Prescription %1 — %2</source>
        <translation>Prescrição %1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/totvs_prescription_dialog.py" line="297" />
        <source>(it had already been filed: not sent again)</source>
        <translation>(ela já tinha sido registrada: não foi enviada de novo)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/totvs_prescription_dialog.py" line="333" />
        <source>Discard this prescription? What you typed has not been sent.</source>
        <translation>Descartar esta receita? O que você digitou não foi enviado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/totvs_prescription_dialog.py" line="334" />
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/totvs_prescription_dialog.py" line="335" />
        <source>Keep editing</source>
        <translation>Continuar editando</translation>
    </message>
</context>
<context>
    <name>PrescriptionForm</name>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="218" />
        <source>Health insurer code</source>
        <translation>Código da operadora</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="219" />
        <source>Subscriber id (matrícula)</source>
        <translation>Matrícula do beneficiário</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="220" />
        <source>Professional council</source>
        <translation>Conselho profissional</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="221" />
        <source>Council number</source>
        <translation>Número do conselho</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="222" />
        <source>Council state (UF)</source>
        <translation>UF do conselho</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="223" />
        <source>Professional name</source>
        <translation>Nome do profissional</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="224" />
        <source>Prescription date</source>
        <translation>Data da receita</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="225" />
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="226" />
        <source>Medication {n}: table code</source>
        <translation>Medicamento {n}: código da tabela</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="227" />
        <source>Medication {n}: medication code</source>
        <translation>Medicamento {n}: código do medicamento</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="228" />
        <source>Medication {n}</source>
        <translation>Medicamento {n}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="229" />
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="230" />
        <source>Attachment {n}: link</source>
        <translation>Anexo {n}: link</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="231" />
        <source>Attachment {n}</source>
        <translation>Anexo {n}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="233" />
        <source>Required.</source>
        <translation>Obrigatório.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="234" />
        <source>Digits only, as the council registers it (e.g. 334456), without letters or dots.</source>
        <translation>Somente algarismos, como o conselho registra (ex.: 334456), sem letras nem pontos.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="237" />
        <source>At most {width} digits.</source>
        <translation>No máximo {width} algarismos.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="238" />
        <source>{value} is not a Brazilian state: choose one of the 27 (SP, RJ, MG, …).</source>
        <translation>{value} não é uma UF do Brasil: escolha uma das 27 (SP, RJ, MG, …).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="241" />
        <source>Write the date as YYYY-MM-DD (e.g. 2023-04-03).</source>
        <translation>Escreva a data como AAAA-MM-DD (ex.: 2023-04-03).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="242" />
        <source>{value} does not exist: that month has {days} days.</source>
        <translation>{value} não existe: esse mês tem {days} dias.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="243" />
        <source>Cannot be after today ({today}).</source>
        <translation>Não pode ser depois de hoje ({today}).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="244" />
        <source>Add at least one medication (table code and medication code).</source>
        <translation>Informe ao menos um medicamento (código da tabela e código do medicamento).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="247" />
        <source>Add at least one link to the prescription's file.</source>
        <translation>Informe ao menos um link para o arquivo da receita.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="248" />
        <source>The link contains a space, which a web address cannot hold: copy the address again from the browser's address bar (a space is written %20).</source>
        <translation>O link contém um espaço, que um endereço da web não pode ter: copie de novo o endereço da barra de endereços do navegador (um espaço se escreve %20).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="253" />
        <source>Must be a web link starting with https:// (or http://).</source>
        <translation>Deve ser um link da web que começa com https:// (ou http://).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="254" />
        <source>Cannot be read: {detail}.</source>
        <translation>Não pode ser lido: {detail}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="255" />
        <source>{label}: {message}</source>
        <translation>{label}: {message}</translation>
    </message>
</context>
<context>
    <name>ProvetFilters</name>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="35" />
        <source>'{path}' needs a value.</source>
        <translation>“{path}” precisa de um valor.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="36" />
        <source>'{path}' expects a whole number (an id), not '{value}'.</source>
        <translation>“{path}” espera um número inteiro (um id), não “{value}”.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="37" />
        <source>'{path}' expects a whole number, not '{value}'.</source>
        <translation>“{path}” espera um número inteiro, não “{value}”.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="38" />
        <source>'{path}' expects a number such as 12.50, not '{value}'.</source>
        <translation>“{path}” espera um número como 12,50, não “{value}”.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="39" />
        <source>'{path}' expects a finite number, not '{value}'.</source>
        <translation>“{path}” espera um número finito, não “{value}”.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="40" />
        <source>'{path}' expects true or false, not '{value}'.</source>
        <translation>“{path}” espera sim ou não, não “{value}”.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="41" />
        <source>'{path}' needs a time zone: {hint}.</source>
        <translation>“{path}” precisa de um fuso horário: {hint}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="42" />
        <source>'{path}' expects a date and time with its time zone, {hint}; '{value}' is not one.</source>
        <translation>“{path}” espera uma data e hora com fuso horário, {hint}; “{value}” não é uma.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="45" />
        <source>'{path}' expects a date YYYY-MM-DD, not '{value}'.</source>
        <translation>“{path}” espera uma data AAAA-MM-DD, não “{value}”.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="46" />
        <source>'{path}' cannot contain control characters.</source>
        <translation>“{path}” não pode conter caracteres de controle.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="47" />
        <source>'{path}' contains a character that is not text.</source>
        <translation>“{path}” contém um caractere que não é texto.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="48" />
        <source>'{method}' only applies to text; '{path}' is not text.</source>
        <translation>“{method}” só se aplica a texto; “{path}” não é texto.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="49" />
        <source>'{path}' is true or false: use is, is_not or is_null.</source>
        <translation>“{path}” é sim ou não: escolha “é”, “não é” ou “está vazio”.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="50" />
        <source>'{method}' on '{path}' needs two values, from and to (got {count}).</source>
        <translation>“{path} {method}” precisa de dois valores, de e até (valores recebidos: {count}).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="53" />
        <source>'{method}' does not apply to text ('{path}').</source>
        <translation>“{method}” não se aplica a texto (“{path}”).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="54" />
        <source>'{method}' on '{path}' needs at least one value.</source>
        <translation>“{path} {method}” precisa de pelo menos um valor.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="55" />
        <source>A value of '{path}' for '{method}' cannot contain a comma.</source>
        <translation>Um valor de “{path}” para “{method}” não pode conter vírgula.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="56" />
        <source>The filter '{text}' has no value: write FIELD__METHOD=VALUE (e.g. complaint__icontains=vacc).</source>
        <translation>O filtro “{text}” não tem valor: escreva CAMPO__MÉTODO=VALOR (ex.: complaint__icontains=vacc).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="60" />
        <source>The filter '{text}' has no method: write FIELD__METHOD=VALUE with a method among {choices}.</source>
        <translation>O filtro “{text}” não tem método: escreva CAMPO__MÉTODO=VALOR com um método entre {choices}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="64" />
        <source>'{shown}' is not a field of {endpoint} that can be filtered: choose one of {choices}.</source>
        <translation>“{shown}” não é um campo filtrável de {endpoint}: escolha entre {choices}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="67" />
        <source>'{shown}' is not a related object, so '{whole}' cannot go further than it.</source>
        <translation>“{shown}” não é um objeto relacionado; “{whole}” não pode ir além dele.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="70" />
        <source>The filter field '{whole}' is empty.</source>
        <translation>O campo do filtro “{whole}” está vazio.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="71" />
        <source>'{name}' is not a filter method (for '{whole}'): use one of {choices}.</source>
        <translation>“{name}” não é um método de filtro (para “{whole}”): use um destes: {choices}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="74" />
        <source>'{method}' does not apply to '{path}'.</source>
        <translation>“{method}” não se aplica a “{path}”.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="75" />
        <source>'{name}' cannot be exposed on {endpoint}: exposable fields are {choices}.</source>
        <translation>“{name}” não pode ser expandido em {endpoint}: os campos expansíveis são {choices}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="78" />
        <source>'{name}' cannot be exposed on {endpoint}: it has no exposable field.</source>
        <translation>“{name}” não pode ser expandido em {endpoint}: não há campo expansível.</translation>
    </message>
</context>
<context>
    <name>ProvetInbox</name>
    <message>
        <location filename="../../app/integrations/provet/inbox.py" line="50" />
        <source>Received; Passerelle has nothing to fetch for it.</source>
        <translation>Recebida; o Passerelle não tem nada a buscar para ela.</translation>
    </message>
</context>
<context>
    <name>ProvetLabels</name>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="35" />
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="36" />
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="37" />
        <source>Creation date</source>
        <translation>Data de criação</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="38" />
        <source>Last change</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="39" />
        <location filename="../../app/ui/provet/labels.py" line="252" />
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="40" />
        <location filename="../../app/ui/provet/labels.py" line="92" />
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="41" />
        <location filename="../../app/ui/provet/labels.py" line="263" />
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="42" />
        <source>Reason for visit</source>
        <translation>Motivo da consulta</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="43" />
        <source>Admission time</source>
        <translation>Horário de admissão</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="44" />
        <source>First entry</source>
        <translation>Primeiro registro</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="45" />
        <source>Consultation started</source>
        <translation>Início da consulta</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="46" />
        <source>Consultation finished</source>
        <translation>Fim da consulta</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="47" />
        <source>Closed on</source>
        <translation>Encerrada em</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="48" />
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="49" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="50" />
        <location filename="../../app/ui/provet/labels.py" line="258" />
        <source>Invoice</source>
        <translation>Fatura</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="51" />
        <source>Veterinarian</source>
        <translation>Veterinário</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="52" />
        <source>Site</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="53" />
        <location filename="../../app/ui/provet/labels.py" line="254" />
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="54" />
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="55" />
        <source>Reporting dimension 1</source>
        <translation>Dimensão de relatório 1</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="56" />
        <source>Reporting dimension 2</source>
        <translation>Dimensão de relatório 2</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="57" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="58" />
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="59" />
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="60" />
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="61" />
        <location filename="../../app/ui/provet/labels.py" line="63" />
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="62" />
        <location filename="../../app/ui/provet/labels.py" line="64" />
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="65" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="66" />
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="67" />
        <source>Postcode</source>
        <translation>CEP</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="68" />
        <source>Archived</source>
        <translation>Arquivado</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="69" />
        <source>Species</source>
        <translation>Espécie</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="70" />
        <source>Breed</source>
        <translation>Raça</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="71" />
        <source>Date of birth</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="72" />
        <source>Deceased</source>
        <translation>Falecido</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="73" />
        <source>Invoice number</source>
        <translation>Nº da fatura</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="74" />
        <source>Invoice date</source>
        <translation>Data da fatura</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="75" />
        <source>Due date</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="76" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="77" />
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="78" />
        <source>Unit price</source>
        <translation>Preço unitário</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="79" />
        <source>VAT rate</source>
        <translation>Alíquota de imposto</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="80" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="81" />
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="82" />
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="83" />
        <location filename="../../app/ui/provet/labels.py" line="100" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="84" />
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="85" />
        <source>Paid on</source>
        <translation>Pago em</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="89" />
        <source>Consultations</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="90" />
        <source>Consultation items</source>
        <translation>Itens de consulta</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="91" />
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="93" />
        <source>Invoices</source>
        <translation>Faturas</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="94" />
        <source>Invoice rows</source>
        <translation>Linhas de fatura</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="95" />
        <source>Sites</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="96" />
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="98" />
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="99" />
        <source>Custom field values</source>
        <translation>Valores de campos personalizados</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="101" />
        <source>Notes (administration)</source>
        <translation>Notas (administração)</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="102" />
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="103" />
        <source>Reminders</source>
        <translation>Lembretes</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="104" />
        <source>Reminder templates</source>
        <translation>Modelos de lembrete</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="105" />
        <source>Phone numbers</source>
        <translation>Números de telefone</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="106" />
        <source>Imported history</source>
        <translation>Histórico importado</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="107" />
        <source>Invoice payments</source>
        <translation>Pagamentos de faturas</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="108" />
        <source>Prepayments</source>
        <translation>Pagamentos antecipados</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="109" />
        <source>Payment methods</source>
        <translation>Formas de pagamento</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="110" />
        <source>Insurance claims</source>
        <translation>Solicitações ao seguro</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="111" />
        <source>Insurance claim clients</source>
        <translation>Clientes das solicitações ao seguro</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="112" />
        <source>Insurance claim patients</source>
        <translation>Pacientes das solicitações ao seguro</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="113" />
        <source>Site groups</source>
        <translation>Grupos de unidades</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="114" />
        <source>User details</source>
        <translation>Detalhes dos usuários</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="115" />
        <source>User groups</source>
        <translation>Grupos de usuários</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="116" />
        <source>Item lists</source>
        <translation>Listas de itens</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="117" />
        <source>Catalogue items</source>
        <translation>Itens do catálogo</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="118" />
        <source>Procedures</source>
        <translation>Procedimentos</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="119" />
        <source>Medicines</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="120" />
        <source>Supplies</source>
        <translation>Materiais</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="121" />
        <source>Foods</source>
        <translation>Alimentos</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="122" />
        <source>Laboratory analyses</source>
        <translation>Exames laboratoriais</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="123" />
        <source>Laboratory analysis panels</source>
        <translation>Painéis de exames laboratoriais</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="124" />
        <source>Item subgroups</source>
        <translation>Subgrupos de itens</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="125" />
        <source>Invoice groups</source>
        <translation>Grupos de faturamento</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="126" />
        <source>VAT groups</source>
        <translation>Grupos de imposto</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="127" />
        <source>Text templates</source>
        <translation>Modelos de texto</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="128" />
        <source>Item templates</source>
        <translation>Modelos de itens</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="129" />
        <source>Item template items</source>
        <translation>Itens dos modelos</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="130" />
        <source>Alternative pricing</source>
        <translation>Preços alternativos</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="131" />
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="132" />
        <source>List items</source>
        <translation>Itens de lista</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="133" />
        <source>Code lists</source>
        <translation>Listas de códigos</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="134" />
        <source>Holding place numbers</source>
        <translation>Números de estabelecimento</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="135" />
        <source>Stock items</source>
        <translation>Itens em estoque</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="136" />
        <source>Stock levels</source>
        <translation>Níveis de estoque</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="137" />
        <source>Stock locations</source>
        <translation>Locais de estoque</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="138" />
        <source>Stock batches</source>
        <translation>Lotes em estoque</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="139" />
        <source>Stock entries</source>
        <translation>Movimentações de estoque</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="140" />
        <source>Wholesalers</source>
        <translation>Distribuidores</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="141" />
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="142" />
        <source>Order items</source>
        <translation>Itens de pedido</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="144" />
        <source>Imaging modalities</source>
        <translation>Modalidades de imagem</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="145" />
        <source>Imaging categories</source>
        <translation>Categorias de imagem</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="146" />
        <source>Imaging subcategories</source>
        <translation>Subcategorias de imagem</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="147" />
        <source>Target areas</source>
        <translation>Áreas-alvo</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="148" />
        <source>Imaging resources</source>
        <translation>Recursos de imagem</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="149" />
        <source>Consultation procedures</source>
        <translation>Procedimentos das consultas</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="150" />
        <source>Consultation medicines</source>
        <translation>Medicamentos das consultas</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="151" />
        <source>Consultation supplies</source>
        <translation>Materiais das consultas</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="152" />
        <source>Consultation foods</source>
        <translation>Alimentos das consultas</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="153" />
        <source>Consultation analyses</source>
        <translation>Exames das consultas</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="154" />
        <source>Treatment plans</source>
        <translation>Planos de tratamento</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="155" />
        <source>Treatment plan procedures</source>
        <translation>Procedimentos dos planos de tratamento</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="156" />
        <source>Treatment plan medicines</source>
        <translation>Medicamentos dos planos de tratamento</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="157" />
        <source>Treatment plan supplies</source>
        <translation>Materiais dos planos de tratamento</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="158" />
        <source>Treatment plan foods</source>
        <translation>Alimentos dos planos de tratamento</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="159" />
        <source>Estimates</source>
        <translation>Orçamentos</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="160" />
        <source>Estimate items</source>
        <translation>Itens de orçamento</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="161" />
        <source>Consultation bundles</source>
        <translation>Pacotes de consulta</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="162" />
        <source>Laboratory referrals</source>
        <translation>Pedidos de exames laboratoriais</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="163" />
        <source>Laboratory samples</source>
        <translation>Amostras laboratoriais</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="164" />
        <source>Imaging referrals</source>
        <translation>Pedidos de exames de imagem</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="165" />
        <source>Consultation target areas</source>
        <translation>Áreas-alvo das consultas</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="166" />
        <source>Appointments</source>
        <translation>Agendamentos</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="167" />
        <source>Shifts</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="168" />
        <source>Shift types</source>
        <translation>Tipos de turno</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="169" />
        <source>Appointment reasons</source>
        <translation>Motivos de agendamento</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="170" />
        <source>Reason groups</source>
        <translation>Grupos de motivos</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="171" />
        <source>Cancellation reasons</source>
        <translation>Motivos de cancelamento</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="172" />
        <source>Triage</source>
        <translation>Triagem</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="173" />
        <source>Triage categories</source>
        <translation>Categorias de triagem</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="174" />
        <source>Triage entries</source>
        <translation>Registros de triagem</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="175" />
        <source>Veterinarians’ availability</source>
        <translation>Disponibilidade dos veterinários</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="176" />
        <source>Online booking clients</source>
        <translation>Clientes do agendamento online</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="177" />
        <source>Online booking patients</source>
        <translation>Pacientes do agendamento online</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="183" />
        <source>is</source>
        <translation>é</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="184" />
        <source>is not</source>
        <translation>não é</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="185" />
        <source>between</source>
        <translation>entre</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="186" />
        <source>not between</source>
        <translation>fora do intervalo</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="187" />
        <source>contains</source>
        <translation>contém</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="188" />
        <source>does not contain</source>
        <translation>não contém</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="189" />
        <source>contains (same capitals)</source>
        <translation>contém (mesmas maiúsculas)</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="190" />
        <source>does not contain (same capitals)</source>
        <translation>não contém (mesmas maiúsculas)</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="191" />
        <source>is one of</source>
        <translation>é um de</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="192" />
        <source>is none of</source>
        <translation>não é nenhum de</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="193" />
        <source>is empty</source>
        <translation>está vazio</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="196" />
        <source>before</source>
        <translation>antes de</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="197" />
        <source>on or before</source>
        <translation>até</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="198" />
        <source>after</source>
        <translation>depois de</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="199" />
        <source>on or after</source>
        <translation>a partir de</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="202" />
        <source>less than</source>
        <translation>menor que</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="203" />
        <source>at most</source>
        <translation>no máximo</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="204" />
        <source>more than</source>
        <translation>maior que</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="205" />
        <source>at least</source>
        <translation>no mínimo</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="220" />
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="221" />
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="222" />
        <source>Open</source>
        <translation>Em aberto</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="223" />
        <source>Finalized</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="224" />
        <source>Invoicing</source>
        <translation>Em faturamento</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="225" />
        <source>Voided</source>
        <translation>Anulada</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="232" />
        <source>Closed</source>
        <translation>Encerrada</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="233" />
        <source>Finished</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="234" />
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="235" />
        <source>Admitted</source>
        <translation>Admitida</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="237" />
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="238" />
        <source>Provet status code {code}</source>
        <translation>Código de status no Provet: {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="239" />
        <source>Status {code}</source>
        <translation>Status {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="240" />
        <source>{what} no. {id}</source>
        <translation>{what} nº {id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="241" />
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="242" />
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="243" />
        <source>no. {id}</source>
        <translation>nº {id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="249" />
        <source>Accounting report</source>
        <translation>Relatório contábil</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="250" />
        <source>Appointment</source>
        <translation>Agendamento</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="251" />
        <source>Appointment reminder</source>
        <translation>Lembrete de agendamento</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="253" />
        <source>Communication preference</source>
        <translation>Preferência de comunicação</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="255" />
        <source>Consultation item</source>
        <translation>Item de consulta</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="143" />
        <location filename="../../app/ui/provet/labels.py" line="256" />
        <source>Imaging worklist</source>
        <translation>Lista de trabalho de imagem</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="257" />
        <source>Insurance claim</source>
        <translation>Solicitação ao seguro</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="259" />
        <source>Invoice payment</source>
        <translation>Pagamento de fatura</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="260" />
        <source>Laboratory referral</source>
        <translation>Pedido de exame laboratorial</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="261" />
        <source>Catalogue item</source>
        <translation>Item do catálogo</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="262" />
        <source>Catalogue item (by type)</source>
        <translation>Item do catálogo (por tipo)</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="264" />
        <source>Prepayment</source>
        <translation>Pagamento antecipado</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="265" />
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="269" />
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="270" />
        <source>Being processed</source>
        <translation>Em processamento</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="271" />
        <source>Done</source>
        <translation>Processado</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="272" />
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
</context>
<context>
    <name>ProvetTab</name>
    <message>
        <location filename="../../app/ui/provet/tab.py" line="24" />
        <source>Browse</source>
        <translation>Consultar</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/tab.py" line="25" />
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/tab.py" line="26" />
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/provet_events.py" line="18" />
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/provet_events.py" line="19" />
        <source>Trigger</source>
        <translation>Gatilho</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/provet_events.py" line="20" />
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/provet_events.py" line="21" />
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/provet_events.py" line="23" />
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/provet_events.py" line="27" />
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/provet_events.py" line="29" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="488" />
        <source>Set the visit aside</source>
        <translation>Deixar a visita de lado</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="489" />
        <source>Why is visit {id} not billed now?</source>
        <translation>Por que a visita {id} não é faturada agora?</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="493" />
        <source>A reason is required, e.g. breeder to call back</source>
        <translation>Um motivo é obrigatório, ex.: retornar a ligação ao criador</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="502" />
        <source>Set aside</source>
        <translation>Deixar de lado</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="503" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>RetryPreviewDialog</name>
    <message>
        <location filename="../../app/ui/attention_view.py" line="54" />
        <source>Retry the selected items</source>
        <translation>Tentar de novo os itens selecionados</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attention_view.py" line="58" />
        <source>%n item(s) will be sent again:</source>
        <translation><numerusform>%n item será enviado de novo:</numerusform><numerusform>%n itens serão enviados de novo:</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="66" />
        <source>Left alone (they need a person):</source>
        <translation>Deixados de lado (precisam de uma pessoa):</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="74" />
        <source>Send again</source>
        <translation>Enviar de novo</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="26" />
        <source>Use a shared clinic database</source>
        <translation>Usar um banco compartilhado da clínica</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="29" />
        <source>Several desks of one clinic share one PostgreSQL database, so that a Vétélevage batch is imported once and every desk sees the same visits. Never put the SQLite file on a network share.</source>
        <translation>As estações de uma clínica compartilham um banco PostgreSQL: um lote Vétélevage é importado uma vez e todas as estações veem as mesmas visitas. Nunca coloque o arquivo SQLite em um compartilhamento de rede.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="40" />
        <source>e.g. postgresql+psycopg://passerelle@server/clinic</source>
        <translation>ex.: postgresql+psycopg://passerelle@servidor/clinica</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="43" />
        <source>kept in the keyring</source>
        <translation>guardada no cofre de senhas</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="44" />
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="45" />
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="50" />
        <source>Copy this desk's data into it (once)</source>
        <translation>Copiar os dados desta estação (uma vez)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="52" />
        <source>Test and preview</source>
        <translation>Testar e pré-visualizar</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="53" />
        <source>Use this database</source>
        <translation>Usar este banco</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="55" />
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="74" />
        <source>Connected to PostgreSQL {v}; the schema is ready.</source>
        <translation>Conectado ao PostgreSQL {v}; o esquema está pronto.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="75" />
        <source>This desk: {n} rows; shared database: {m} rows.</source>
        <translation>Esta estação: {n} linhas; banco compartilhado: {m} linhas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="81" />
        <source>The shared database already holds data ({who}): nothing will be copied.</source>
        <translation>O banco compartilhado já contém dados ({who}): nada será copiado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="82" />
        <source>this clinic's</source>
        <translation>desta clínica</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="82" />
        <source>another clinic's</source>
        <translation>de outra clínica</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="92" />
        <source>Testing the shared database</source>
        <translation>Testando o banco compartilhado</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="118" />
        <source>Done. Restart Passerelle to work on the shared database.</source>
        <translation>Pronto. Reinicie o Passerelle para trabalhar no banco compartilhado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="121" />
        <source>Preparing the shared database</source>
        <translation>Preparando o banco compartilhado</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="139" />
        <location filename="../../app/ui/screenshots.py" line="121" />
        <source>Use a shared clinic database…</source>
        <translation>Usar um banco compartilhado da clínica…</translation>
    </message>
</context>
<context>
    <name>StatusPicker</name>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="68" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="68" />
        <source>Status: any</source>
        <translation>Status: todos</translation>
    </message>
</context>
<context>
    <name>StorageDialog</name>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="59" />
        <source>Storage and backups</source>
        <translation>Armazenamento e backups</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="61" />
        <source>Measuring…</source>
        <translation>Medindo…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/storage_panel.py" line="66" />
        <source>Raw data older than %n day(s) is pruned every day; business records are kept.</source>
        <translation><numerusform>Os dados brutos com mais de %n dia são removidos todo dia; os registros de negócio são mantidos.</numerusform><numerusform>Os dados brutos com mais de %n dias são removidos todo dia; os registros de negócio são mantidos.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="83" />
        <source>&amp;Back up now</source>
        <translation>&amp;Fazer backup agora</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="84" />
        <source>&amp;Prune old raw data now</source>
        <translation>&amp;Remover dados brutos antigos agora</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="85" />
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurar um backup…</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="96" />
        <source>This desk uses the clinic's shared PostgreSQL database: its backups are the database server's job (pg_dump).</source>
        <translation>Este posto usa o banco PostgreSQL compartilhado da clínica: os backups são tarefa do servidor de banco de dados (pg_dump).</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="122" />
        <source>Database</source>
        <translation>Banco de dados</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="123" />
        <source>Database journal (WAL)</source>
        <translation>Diário do banco (WAL)</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="124" />
        <source>Free space inside the database (given back little by little)</source>
        <translation>Espaço livre dentro do banco (devolvido aos poucos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="125" />
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="126" />
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="127" />
        <source>Exports</source>
        <translation>Exportações</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="131" />
        <source>{name}: &lt;b&gt;{size}&lt;/b&gt;</source>
        <translation>{name}: &lt;b&gt;{size}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="148" />
        <source>No backup yet.</source>
        <translation>Nenhum backup ainda.</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="185" />
        <source>Backing up</source>
        <translation>Fazendo backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="187" />
        <source>Backup written: {name}</source>
        <translation>Backup gravado: {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/storage_panel.py" line="196" />
        <source>Old raw data pruned: %n record(s).</source>
        <translation><numerusform>Dados brutos antigos removidos: %n registro.</numerusform><numerusform>Dados brutos antigos removidos: %n registros.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="238" />
        <source>Database restored from {name}; the previous one is kept as {kept}. Restart Passerelle.</source>
        <translation>Banco restaurado de {name}; o anterior foi guardado como {kept}. Reinicie o Passerelle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="194" />
        <source>Pruning</source>
        <translation>Limpeza</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="40" />
        <source>No backup has been made yet and the last attempt failed. Back up now in Storage.</source>
        <translation>Nenhum backup foi feito ainda e a última tentativa falhou. Faça o backup agora em Armazenamento.</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="45" />
        <source>No backup for %n day(s), since {when}; one is due every {hours} h. Back up now in Storage.</source>
        <translation>Nenhum backup há %n dia (o último: {when}); um é previsto a cada {hours} h. Faça o backup agora em Armazenamento.|Nenhum backup há %n dias (o último: {when}); um é previsto a cada {hours} h. Faça o backup agora em Armazenamento.</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="150" />
        <source>Last backup: {when} ({name})</source>
        <translation>Último backup: {when} ({name})</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="154" />
        <source>Last backup: {when}</source>
        <translation>Último backup: {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="156" />
        <source>Scheduled backups are off.</source>
        <translation>Os backups agendados estão desativados.</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="161" />
        <source>The scheduled backup of {when} failed: {reason}</source>
        <translation>O backup agendado de {when} falhou: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="201" />
        <location filename="../../app/ui/storage_panel.py" line="212" />
        <source>Restore a backup</source>
        <translation>Restaurar um backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="201" />
        <source>Backups (*.db)</source>
        <translation>Backups (*.db)</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="214" />
        <source>Replace the current database with {name}? The current one is kept in the backups folder first. Restart Passerelle afterwards.</source>
        <translation>Substituir o banco atual por {name}? O atual é guardado antes na pasta de backups. Reinicie o Passerelle depois.</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="235" />
        <source>Restoring</source>
        <translation>Restaurando</translation>
    </message>
</context>
<context>
    <name>TotvsCopart</name>
    <message>
        <location filename="../../app/ui/models/totvs_copart.py" line="66" />
        <source>Employee</source>
        <translation>Funcionário</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_copart.py" line="67" />
        <source>Employee name</source>
        <translation>Nome do funcionário</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_copart.py" line="68" />
        <source>Beneficiary</source>
        <translation>Beneficiário</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_copart.py" line="70" />
        <source>Degree of dependency</source>
        <translation>Grau de dependência</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_copart.py" line="71" />
        <source>Reference month</source>
        <translation>Mês de referência</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_copart.py" line="74" />
        <source>Occurrence</source>
        <translation>Ocorrência</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_copart.py" line="77" />
        <source>Provider</source>
        <translation>Prestador</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_copart.py" line="78" />
        <source>Provider CNPJ</source>
        <translation>CNPJ do prestador</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_copart.py" line="81" />
        <source>Service type</source>
        <translation>Tipo de serviço</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_copart.py" line="86" />
        <source>Contract type</source>
        <translation>Tipo de contrato</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_copart.py" line="89" />
        <source>Co-participation</source>
        <translation>Coparticipação</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_copart.py" line="90" />
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_copart.py" line="91" />
        <source>Branch</source>
        <translation>Filial</translation>
    </message>
</context>
<context>
    <name>TotvsPrescriptions</name>
    <message>
        <location filename="../../app/ui/models/totvs_prescriptions.py" line="19" />
        <source>Prescription</source>
        <translation>Prescrição</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_prescriptions.py" line="20" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_prescriptions.py" line="21" />
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_prescriptions.py" line="22" />
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_prescriptions.py" line="23" />
        <source>Valid from</source>
        <translation>Válida de</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_prescriptions.py" line="24" />
        <source>Valid until</source>
        <translation>Válida até</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_prescriptions.py" line="25" />
        <source>Authorized</source>
        <translation>Autorizado</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_prescriptions.py" line="26" />
        <source>Used</source>
        <translation>Utilizado</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_prescriptions.py" line="27" />
        <source>Professional</source>
        <translation>Profissional</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_prescriptions.py" line="28" />
        <source>Council number</source>
        <translation>Número no conselho</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_prescriptions.py" line="29" />
        <source>UF</source>
        <translation>UF</translation>
    </message>
</context>
<context>
    <name>TotvsRhExport</name>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="51" />
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="52" />
        <source>Branch</source>
        <translation>Filial</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="53" />
        <source>Registration</source>
        <translation>Matrícula</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="54" />
        <source>Employee</source>
        <translation>Funcionário</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="56" />
        <source>Dependant code</source>
        <translation>Cód. dependente</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="59" />
        <source>Beneficiary</source>
        <translation>Beneficiário</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="62" />
        <source>Degree of dependency</source>
        <translation>Grau de dependência</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="66" />
        <source>Occurrence date</source>
        <translation>Data de ocorrência</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="73" />
        <source>Reference month</source>
        <translation>Ano/mês de referência</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="78" />
        <source>Provider</source>
        <translation>Prestador</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="80" />
        <source>Provider name</source>
        <translation>Nome do prestador</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="83" />
        <source>Provider CNPJ</source>
        <translation>CNPJ do prestador</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="85" />
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="87" />
        <source>Contract type</source>
        <translation>Tipo de contrato</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="90" />
        <source>Service type</source>
        <translation>Tipo de atendimento</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="92" />
        <source>Specialty</source>
        <translation>Especialidade</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="93" />
        <source>ICD</source>
        <translation>CID</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="94" />
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="97" />
        <source>Co-participation amount</source>
        <translation>Valor da coparticipação</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="102" />
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="103" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
</context>
<context>
    <name>TotvsRhTab</name>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="44" />
        <location filename="../../app/ui/totvs_rh_tab.py" line="246" />
        <source>Full load</source>
        <translation>Carga completa</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="45" />
        <source>Load changes</source>
        <translation>Carregar alterações</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="48" />
        <source>TOTVS selects rows by payment date (datemodified): asks for the rows paid since the overlap (one day by default) before the last successful load, in the TOTVS server's time; rows received again are kept once.</source>
        <translation>O TOTVS seleciona as linhas pela data de pagamento (datemodified): pede as linhas pagas desde a sobreposição (um dia por padrão) antes da última carga bem-sucedida, no horário do servidor TOTVS; linhas recebidas de novo são mantidas uma vez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="56" />
        <source>Re-sync since</source>
        <translation>Ressincronizar desde</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="58" />
        <source>Rows paid on or after this date and time, in the TOTVS server's time.</source>
        <translation>Linhas pagas a partir desta data e hora, no horário do servidor TOTVS.</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="60" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="84" />
        <source>Employee (code or name)</source>
        <translation>Funcionário (código ou nome)</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="85" />
        <source>Dependent</source>
        <translation>Dependente</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="85" />
        <source>Dependent (code or name)</source>
        <translation>Dependente (código ou nome)</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="86" />
        <source>Provider</source>
        <translation>Prestador</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="86" />
        <source>Provider (code or name)</source>
        <translation>Prestador (código ou nome)</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="87" />
        <source>Provider CNPJ</source>
        <translation>CNPJ do prestador</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="89" />
        <source>Any service type</source>
        <translation>Qualquer tipo de serviço</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="93" />
        <source>Any contract type</source>
        <translation>Qualquer tipo de contrato</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="97" />
        <source>Reference month</source>
        <translation>Mês de referência</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="219" />
        <source>No row shown: correct the filter above.</source>
        <translation>Nenhuma linha exibida: corrija o filtro acima.</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="220" />
        <source>Correct the filter above to see its rows.</source>
        <translation>Corrija o filtro acima para ver as linhas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="223" />
        <source>Reading the rows…</source>
        <translation>Lendo as linhas…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/totvs_rh_tab.py" line="228" />
        <source>%Ln row(s)</source>
        <translation><numerusform>%Ln linha</numerusform><numerusform>%Ln linhas</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="242" />
        <source>No row matches the filter above.</source>
        <translation>Nenhuma linha corresponde ao filtro acima.</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="245" />
        <source>No co-participation stored yet: load it from TOTVS RH.</source>
        <translation>Nenhuma coparticipação armazenada ainda: carregue-a do TOTVS RH.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/totvs_rh_tab.py" line="257" />
        <source>%Ln row(s) shown; the rest could not be read.</source>
        <translation><numerusform>%Ln linha exibida; o restante não pôde ser lido.</numerusform><numerusform>%Ln linhas exibidas; o restante não pôde ser lido.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="259" />
        <source>No row shown: the rows could not be read.</source>
        <translation>Nenhuma linha exibida: as linhas não puderam ser lidas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="347" />
        <source>Asking TOTVS RH for the first page…</source>
        <translation>Pedindo a primeira página ao TOTVS RH…</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="365" />
        <source>%1/%2 (%3 of %4): %5 rows received</source>
        <translation>%1/%2 (%3 de %4): %5 linhas recebidas</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="379" />
        <source>Received %1 rows: %2 new or changed, %3 already stored.</source>
        <translation>%1 linhas recebidas: %2 novas ou alteradas, %3 já gravadas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="449" />
        <source>No row matches the filter: nothing to export, no file was written.</source>
        <translation>Nenhuma linha corresponde ao filtro: nada a exportar, nenhum arquivo foi gravado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="454" />
        <source>%1 rows exported to %2 in the folder %3.</source>
        <translation>%1 linhas exportadas para %2 na pasta %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="98" />
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="137" />
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="138" />
        <source>Branch</source>
        <translation>Filial</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="84" />
        <location filename="../../app/ui/totvs_rh_tab.py" line="139" />
        <source>Employee</source>
        <translation>Funcionário</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="140" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="141" />
        <location filename="../../app/ui/totvs_rh_tab.py" line="148" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="147" />
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="277" />
        <source>Total co-participation: R$ %1</source>
        <translation>Total de coparticipação: R$ %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="315" />
        <source>Loading co-participation</source>
        <translation>Carregando coparticipação</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="394" />
        <source>Cancelled: the pages loaded are kept; load again to resume.</source>
        <translation>Cancelado: as páginas carregadas foram mantidas; carregue de novo para retomar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="407" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="407" />
        <source>CSV, semicolon-separated (*.csv)</source>
        <translation>CSV, separado por ponto e vírgula (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="408" />
        <source>Export co-participation</source>
        <translation>Exportar coparticipação</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="463" />
        <source>Exporting co-participation</source>
        <translation>Exportando coparticipação</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="637" />
        <source>Reference month must be YYYYMM (e.g. 202501).</source>
        <translation>O mês de referência deve ser AAAAMM (ex.: 202501).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="641" />
        <source>Unknown service type.</source>
        <translation>Tipo de atendimento desconhecido.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="643" />
        <source>Unknown contract type.</source>
        <translation>Tipo de contrato desconhecido.</translation>
    </message>
</context>
<context>
    <name>TotvsSaudeTab</name>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="89" />
        <source>Subscriber id, e.g. %1</source>
        <translation>Matrícula, ex.: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="92" />
        <source>Medication code</source>
        <translation>Código do medicamento</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="94" />
        <source>Valid and expired</source>
        <translation>Válidas e vencidas</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="95" />
        <source>Valid</source>
        <translation>Válidas</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="96" />
        <source>Expired</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="97" />
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="99" />
        <location filename="../../app/ui/totvs_saude_tab.py" line="183" />
        <source>New prescription…</source>
        <translation>Nova prescrição…</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="100" />
        <source>Subscriber</source>
        <translation>Beneficiário</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="124" />
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="125" />
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="126" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="127" />
        <source>Requested</source>
        <translation>Solicitado em</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="128" />
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="129" />
        <source>Repaid</source>
        <translation>Reembolsado em</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="133" />
        <source>Refunds of the selected prescription</source>
        <translation>Reembolsos da prescrição selecionada</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="143" />
        <source>Select a prescription to see its refunds.</source>
        <translation>Selecione uma prescrição para ver os reembolsos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="147" />
        <source>Type the subscriber id (matrícula) above, then press Search.</source>
        <translation>Digite a matrícula do beneficiário acima e clique em Pesquisar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="175" />
        <source>Type the subscriber id (matrícula) first.</source>
        <translation>Digite primeiro a matrícula do beneficiário.</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="180" />
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="182" />
        <source>No prescription for this subscriber with these filters.</source>
        <translation>Nenhuma prescrição para este beneficiário com esses filtros.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/totvs_saude_tab.py" line="224" />
        <source>%n shown; the rest could not be read.</source>
        <translation><numerusform>%n exibida; o restante não pôde ser lido.</numerusform><numerusform>%n exibidas; o restante não pôde ser lido.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="226" />
        <source>No prescription shown: the search failed.</source>
        <translation>Nenhuma prescrição exibida: a pesquisa falhou.</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="229" />
        <source>The search failed: see the message above.</source>
        <translation>A pesquisa falhou: veja a mensagem acima.</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="235" />
        <source>%1 shown, %2 more on scroll.</source>
        <translation>%1 exibidas, mais %2 ao rolar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="249" />
        <source>No refund for this prescription yet.</source>
        <translation>Nenhum reembolso para esta prescrição ainda.</translation>
    </message>
</context>
<context>
    <name>UnmappedPanel</name>
    <message>
        <location filename="../../app/ui/vetelevage/unmapped_panel.py" line="27" />
        <source>Map each product once: every waiting visit gets its billing line at once. Select a product and press Enter. Quantities count waiting visits only.</source>
        <translation>Associe cada produto uma vez: cada visita em espera recebe na hora sua linha de faturamento. Selecione um produto e pressione Enter. As quantidades contam só as visitas em espera.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/unmapped_panel.py" line="36" />
        <source>Vétélevage product</source>
        <translation>Produto Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/unmapped_panel.py" line="37" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/unmapped_panel.py" line="38" />
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/unmapped_panel.py" line="38" />
        <source>none (clinic-specific)</source>
        <translation>nenhum (específico da clínica)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/unmapped_panel.py" line="39" />
        <source>Waiting visits</source>
        <translation>Visitas pendentes</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/unmapped_panel.py" line="40" />
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/unmapped_panel.py" line="42" />
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/unmapped_panel.py" line="45" />
        <source>left unmapped on purpose: {note}</source>
        <translation>deixado sem correspondência de propósito: {note}</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/unmapped_panel.py" line="47" />
        <source>left unmapped on purpose</source>
        <translation>deixado sem correspondência de propósito</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/unmapped_panel.py" line="61" />
        <source>No product to map: every waiting visit has its clinic products.</source>
        <translation>Nenhum produto a associar: cada visita em espera tem os seus produtos da clínica.</translation>
    </message>
</context>
<context>
    <name>VetelevageMapping</name>
    <message>
        <location filename="../../app/integrations/vetelevage/mapping.py" line="116" />
        <source>same GTIN</source>
        <translation>mesmo GTIN</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/mapping.py" line="117" />
        <source>same substance and strength</source>
        <translation>mesma substância e dosagem</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/mapping.py" line="118" />
        <source>same substance, other strength or form</source>
        <translation>mesma substância, outra dosagem ou forma</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/mapping.py" line="119" />
        <source>name only</source>
        <translation>só o nome</translation>
    </message>
</context>
<context>
    <name>VetelevageTab</name>
    <message>
        <location filename="../../app/ui/vetelevage/widgets.py" line="28" />
        <source>To review</source>
        <translation>A revisar</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/widgets.py" line="29" />
        <source>Needs mapping</source>
        <translation>A associar</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/widgets.py" line="30" />
        <source>Ready</source>
        <translation>Pronta</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/widgets.py" line="31" />
        <source>Committed</source>
        <translation>Faturada</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/widgets.py" line="32" />
        <source>Set aside</source>
        <translation>Deixada de lado</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="31" />
        <source>Import visits now</source>
        <translation>Importar as visitas</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="33" />
        <source>Refresh product dictionary</source>
        <translation>Atualizar o dicionário de produtos</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="34" />
        <source>Open my Vétélevage account</source>
        <translation>Abrir minha conta Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="37" />
        <source>The Vétélevage account to open</source>
        <translation>A conta Vétélevage a abrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="54" />
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="55" />
        <location filename="../../app/ui/vetelevage/tab.py" line="95" />
        <source>Products to map</source>
        <translation>Produtos a associar</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="56" />
        <source>Mappings</source>
        <translation>Correspondências</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="57" />
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="58" />
        <source>Acts</source>
        <translation>Atos</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="59" />
        <source>Export and reconciliation</source>
        <translation>Exportação e conciliação</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="98" />
        <source>{n} to review</source>
        <translation>{n} a revisar</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="99" />
        <source>{n} need a mapping</source>
        <translation>{n} sem correspondência</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="100" />
        <source>{n} ready</source>
        <translation>{n} prontas</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="103" />
        <source>{n} unreadable, held</source>
        <translation>{n} ilegíveis, retidas</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="128" />
        <source>fetching the batch</source>
        <translation>buscando o lote</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="133" />
        <source>{compte}: {new} new visit(s), {known} already known{held}.</source>
        <translation>Conta {compte} — visitas novas: {new}, já conhecidas: {known}{held}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="137" />
        <source>, {n} held for review</source>
        <translation>, retidas para revisão: {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="141" />
        <source>Nothing to import.</source>
        <translation>Nada a importar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="145" />
        <source>Importing Vétélevage visits</source>
        <translation>Importando visitas Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="155" />
        <source>Refreshing the product dictionary</source>
        <translation>Atualizando o dicionário de produtos</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="158" />
        <source>Dictionary up to date ({n} products changed).</source>
        <translation>Dicionário atualizado ({n} produtos alterados).</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="175" />
        <source>Listing the Vétélevage accounts</source>
        <translation>Listando as contas Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="182" />
        <source>Opening Vétélevage</source>
        <translation>Abrindo o Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="196" />
        <source>Choose the account in the list beside the button, then open it.</source>
        <translation>Escolha a conta na lista ao lado do botão e depois abra-a.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="199" />
        <source>No active Vétélevage account is linked.</source>
        <translation>Nenhuma conta Vétélevage ativa está vinculada.</translation>
    </message>
</context>
<context>
    <name>VisitsPanel</name>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="113" />
        <source>All states</source>
        <translation>Todas as situações</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="117" />
        <source>All accounts</source>
        <translation>Todas as contas</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="119" />
        <source>Breeder, vet, cheptel or visit id</source>
        <translation>Criador, veterinário, rebanho ou id da visita</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="126" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="128" />
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="67" />
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="68" />
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="69" />
        <source>Breeder</source>
        <translation>Criador</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="70" />
        <source>Vet</source>
        <translation>Veterinário</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="72" />
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="144" />
        <source>&lt;b&gt;Acts and products&lt;/b&gt;</source>
        <translation>&lt;b&gt;Atos e produtos&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="147" />
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="166" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="148" />
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="149" />
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="170" />
        <source>Label</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="150" />
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="171" />
        <source>Qty</source>
        <translation>Qtd</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="152" />
        <source>Clinic item</source>
        <translation>Item da clínica</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="153" />
        <source>— not mapped —</source>
        <translation>— sem correspondência —</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="162" />
        <source>&lt;b&gt;Billing lines (preview)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Linhas de faturamento (prévia)&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="169" />
        <source>Clinic code</source>
        <translation>Código da clínica</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="172" />
        <source>Unit price</source>
        <translation>Preço unitário</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="173" />
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="181" />
        <source>Commit to billing</source>
        <translation>Confirmar no faturamento</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="183" />
        <source>Write the billing lines once (Ctrl+Enter)</source>
        <translation>Gravar as linhas de faturamento uma única vez (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="184" />
        <source>Set aside…</source>
        <translation>Deixar de lado…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="185" />
        <source>Put back</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="186" />
        <source>Map product…</source>
        <translation>Associar o produto…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="187" />
        <source>Change mapping…</source>
        <translation>Alterar a correspondência…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="190" />
        <source>Bill the selected product as another clinic product: the lines that change are shown first; committed visits stay as billed.</source>
        <translation>Faturar o produto selecionado como outro produto da clínica: as linhas que mudam aparecem antes; as visitas faturadas ficam como estão.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="194" />
        <source>Post a correction</source>
        <translation>Lançar uma correção</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="197" />
        <source>Bill the difference between what was committed and what the visit gives now (new mappings, prices): the first lines stay as they were.</source>
        <translation>Faturar a diferença entre o que foi confirmado e o que a visita dá agora (novas correspondências, preços): as primeiras linhas ficam como estão.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="224" />
        <source>Correct the period above to see its visits.</source>
        <translation>Corrija o período acima para ver as visitas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="255" />
        <source>No visit matches these filters.</source>
        <translation>Nenhuma visita corresponde a esses filtros.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="255" />
        <source>Show every visit</source>
        <translation>Mostrar todas as visitas</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="259" />
        <source>No visit in this period yet: import them from Vétélevage.</source>
        <translation>Nenhuma visita neste período ainda: importe-as do Vétélevage.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="260" />
        <source>Import visits now</source>
        <translation>Importar as visitas agora</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="327" />
        <source>Select a visit to review it.</source>
        <translation>Selecione uma visita para revisá-la.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="336" />
        <source>&lt;b&gt;{id}&lt;/b&gt; — {date} — {breeder} ({cheptel}) — {vet} — {species}</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; — {date} — {breeder} ({cheptel}) — {vet} — {species}</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="147" />
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="167" />
        <source>act</source>
        <translation>ato</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="147" />
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="167" />
        <source>product</source>
        <translation>produto</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="348" />
        <source>Set aside: {reason}</source>
        <translation>Deixada de lado: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="354" />
        <source>Committed on {when} by {who}: {total} € excl. VAT.</source>
        <translation>Faturada em {when} por {who}: {total} € sem impostos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="363" />
        <source>Total: {total} € excl. VAT</source>
        <translation>Total: {total} € sem impostos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="422" />
        <source>%n correction line(s) written.</source>
        <translation><numerusform>%n linha de correção gravada.</numerusform><numerusform>%n linhas de correção gravadas.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="424" />
        <source>Nothing to correct: the billed lines match the visit.</source>
        <translation>Nada a corrigir: as linhas faturadas correspondem à visita.</translation>
    </message>
</context>
<context>
    <name>WebhooksPage</name>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="43" />
        <source>Receive webhooks on this computer</source>
        <translation>Receber webhooks neste computador</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="44" />
        <source>Pending and failed only</source>
        <translation>Somente pendentes e com falha</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="45" />
        <source>Retry failed</source>
        <translation>Tentar de novo as falhas</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="46" />
        <source>Process now</source>
        <translation>Processar agora</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="47" />
        <source>Catch up now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="58" />
        <source>Subscribed in Provet (Settings › Integrations › Webhooks)</source>
        <translation>Assinaturas no Provet (Settings › Integrations › Webhooks)</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="64" />
        <source>whole organisation</source>
        <translation>toda a organização</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="67" />
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="68" />
        <source>Copy the receiver address</source>
        <translation>Copiar o endereço de recebimento</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="71" />
        <source>Department:</source>
        <translation>Departamento:</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="132" />
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="133" />
        <source>Last event: %1 · last poll: %2</source>
        <translation>Último evento: %1 · última consulta: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="138" />
        <source>nothing heard for %1 minutes</source>
        <translation>nada recebido há %1 minutos</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="142" />
        <source>Showing the first {shown} of {total}.</source>
        <translation>Exibindo os primeiros {shown} de {total}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="151" />
        <source>Set a webhook token in Connections first.</source>
        <translation>Defina primeiro um token de webhook em Conexões.</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="186" />
        <source>Subscriptions saved.</source>
        <translation>Assinaturas salvas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="199" />
        <source>The receiver address is in the clipboard: paste it in Provet's webhook settings.</source>
        <translation>O endereço de recebimento está na área de transferência: cole-o nas configurações de webhook do Provet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/provet/webhooks_page.py" line="208" />
        <source>%n event(s) queued again.</source>
        <translation><numerusform>%n evento recolocado na fila.</numerusform><numerusform>%n eventos recolocados na fila.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="220" />
        <source>Provet Cloud: catch up</source>
        <translation>Provet Cloud: sincronização</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="222" />
        <source>Provet Cloud: notifications</source>
        <translation>Provet Cloud: notificações</translation>
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
    <message numerus="yes">
        <location filename="../../app/ops/alerts.py" line="115" />
        <source>%n item(s) wait for a person in {name}.</source>
        <translation><numerusform>%n item aguarda uma pessoa em {name}.</numerusform><numerusform>%n itens aguardam uma pessoa em {name}.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ops/alerts.py" line="116" />
        <source>{name} has been failing for {minutes} minutes: {why}</source>
        <translation>{name} está com falha há {minutes} minutos: {why}</translation>
    </message>
    <message>
        <location filename="../../app/ops/alerts.py" line="117" />
        <source>No Vétélevage visits imported for {days} working days.</source>
        <translation>Nenhuma visita Vétélevage importada há {days} dias úteis.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../app/cli_language.py" line="59" />
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="60" />
        <source>positional arguments</source>
        <translation>argumentos posicionais</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="61" />
        <source>options</source>
        <translation>opções</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="62" />
        <source>show this help message and exit</source>
        <translation>mostrar esta ajuda e sair</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="63" />
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: erro: %(message)s</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="64" />
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="65" />
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opção inválida: %(value)r (escolha entre %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="66" />
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s inválido: %(value)r</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="67" />
        <source>the following arguments are required: %s</source>
        <translation>os seguintes argumentos são obrigatórios: %s</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="68" />
        <source>one of the arguments %s is required</source>
        <translation>um dos argumentos %s é obrigatório</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="69" />
        <source>unrecognized arguments: %s</source>
        <translation>argumentos não reconhecidos: %s</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="70" />
        <source>expected one argument</source>
        <translation>é esperado um argumento</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="71" />
        <source>expected at most one argument</source>
        <translation>é esperado no máximo um argumento</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="72" />
        <source>expected at least one argument</source>
        <translation>é esperado pelo menos um argumento</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="73" />
        <source>expected %s argument</source>
        <translation>%s argumento esperado</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="74" />
        <source>expected %s arguments</source>
        <translation>%s argumentos esperados</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="75" />
        <source>not allowed with argument %s</source>
        <translation>não permitido com o argumento %s</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="76" />
        <source>ignored explicit argument %r</source>
        <translation>argumento explícito ignorado: %r</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="77" />
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opção ambígua: %(option)s pode corresponder a %(matches)s</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="78" />
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>comando desconhecido %(parser_name)r (opções: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="79" />
        <source>can't open '%(filename)s': %(error)s</source>
        <translation>não é possível abrir “%(filename)s”: %(error)s</translation>
    </message>
</context>
<context>
    <name>attention</name>
    <message>
        <location filename="../../app/integrations/omnidoc/service.py" line="365" />
        <source>The Omnidoc request {request} is not complete: {error}</source>
        <translation>O pedido Omnidoc {request} não está completo: {error}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/service.py" line="434" />
        <source>The Omnidoc draft {request} is ready with its files: open it to finish the request.</source>
        <translation>O rascunho Omnidoc {request} está pronto com os arquivos: abra-o para concluir a solicitação.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/processing.py" line="132" />
        <source>A Provet Cloud notification could not be processed after {attempts} attempts: {reason}</source>
        <translation>Uma notificação do Provet Cloud não pôde ser processada após {attempts} tentativas: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="409" />
        <source>The co-participation load of {scope} stopped at page {page}: {error} Load again: it resumes where it stopped.</source>
        <translation>A carga de coparticipação de {scope} parou na página {page}: {error} Carregue de novo: ela continua de onde parou.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_saude.py" line="303" />
        <source>No answer while filing the prescription of {date}: send it again, Passerelle first checks whether TOTVS already has it.</source>
        <translation>Sem resposta ao registrar a prescrição de {date}: envie de novo, o Passerelle verifica antes se a TOTVS já a tem.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_saude.py" line="308" />
        <source>TOTVS Saúde was unavailable while filing the prescription of {date}: send it again, Passerelle first checks whether TOTVS already has it.</source>
        <translation>O TOTVS Saúde estava indisponível ao enviar a receita de {date}: reenvie-a; o Passerelle verifica antes se o TOTVS já a tem.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/acts.py" line="186" />
        <source>Vétélevage refused the acts: {error}</source>
        <translation>O Vétélevage recusou os atos: {error}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/importing.py" line="208" />
        <source>Import failed: {error}</source>
        <translation>A importação falhou: {error}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/ledger.py" line="293" />
        <source>Visit {visit} was changed in Vétélevage after it was billed: review it and post a correction if needed.</source>
        <translation>A visita {visit} foi alterada no Vétélevage depois de faturada: revise-a e lance uma correção se precisar.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/evaluation.py" line="330" />
        <source>Visit {visit} waits for your review: {reason}</source>
        <translation>A visita {visit} aguarda a sua revisão: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/evaluation.py" line="415" />
        <source>Visits waiting for a clinic product for {product} ({code}): {count}.</source>
        <translation>Visitas aguardando um produto da clínica para {product} ({code}): {count}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/evaluation.py" line="439" />
        <source>A visit of batch {lot} could not be read and is held: {reason}</source>
        <translation>Uma visita do lote {lot} não pôde ser lida e está retida: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/ledger.py" line="297" />
        <source>The mapping of {product} changed after visit {visit} was billed: review it and post a correction if needed.</source>
        <translation>A correspondência de {product} mudou depois que a visita {visit} foi faturada: revise-a e lance uma correção se necessário.</translation>
    </message>
    <message>
        <location filename="../../app/ops/actions.py" line="63" />
        <source>{what} (attempt {n})</source>
        <translation>{what} (tentativa {n})</translation>
    </message>
    <message>
        <location filename="../../app/ops/actions.py" line="64" />
        <source>{what} (attempt {n}, after giving up)</source>
        <translation>{what} (tentativa {n}, após desistir)</translation>
    </message>
    <message>
        <location filename="../../app/ops/actions.py" line="65" />
        <source>{what}: already handled</source>
        <translation>{what}: já tratado</translation>
    </message>
    <message>
        <location filename="../../app/ops/actions.py" line="66" />
        <source>{what}: needs a person ({action})</source>
        <translation>{what}: precisa de uma pessoa ({action})</translation>
    </message>
    <message>
        <location filename="../../app/ops/actions.py" line="69" />
        <source>reconnect in Connections</source>
        <translation>reconectar em Conexões</translation>
    </message>
    <message>
        <location filename="../../app/ops/actions.py" line="70" />
        <source>map the product</source>
        <translation>associar o produto</translation>
    </message>
    <message>
        <location filename="../../app/ops/actions.py" line="71" />
        <source>a review</source>
        <translation>uma revisão</translation>
    </message>
    <message>
        <location filename="../../app/ops/actions.py" line="72" />
        <source>open it</source>
        <translation>abri-lo</translation>
    </message>
    <message>
        <location filename="../../app/ops/actions.py" line="74" />
        <source>a decision</source>
        <translation>uma decisão</translation>
    </message>
    <message>
        <location filename="../../app/ops/actions.py" line="75" />
        <source>{what}: cannot be retried from here</source>
        <translation>{what}: não pode ser tentado de novo daqui</translation>
    </message>
    <message>
        <location filename="../../app/ops/actions.py" line="76" />
        <source>cannot be retried from here</source>
        <translation>não pode ser tentado de novo daqui</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="64" />
        <source>{error}</source>
        <translation>{error}</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="65" />
        <source>{error} ({detail})</source>
        <translation>{error} ({detail})</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="203" />
        <source>{integration} — {what}</source>
        <translation>{integration} — {what}</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="205" />
        <source>notification no. {ref} not processed</source>
        <translation>notificação nº {ref} não processada</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="206" />
        <source>import of the visits failed</source>
        <translation>importação das visitas com falha</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="207" />
        <source>list of billable acts refused</source>
        <translation>lista de atos faturáveis recusada</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="208" />
        <source>visit {ref} to review</source>
        <translation>visita {ref} a revisar</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="209" />
        <source>product {product} to map</source>
        <translation>produto {product} a associar</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="210" />
        <source>a visit of batch {lot} held</source>
        <translation>uma visita do lote {lot} retida</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="211" />
        <source>billed visit {visit} changed</source>
        <translation>visita faturada {visit} alterada</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="212" />
        <source>request {request} not sent completely</source>
        <translation>pedido {request} não enviado por completo</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="213" />
        <source>draft {request} ready to open</source>
        <translation>rascunho {request} pronto para abrir</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="214" />
        <source>prescription of {date} without an answer</source>
        <translation>receita de {date} sem resposta</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="217" />
        <source>co-participation load of {scope} stopped</source>
        <translation>carga de coparticipação de {scope} interrompida</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="219" />
        <source>{reason} ({ref})</source>
        <translation>{reason} ({ref})</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="222" />
        <source>import of the visits of account {ref} failed</source>
        <translation>importação das visitas da conta {ref} com falha</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="225" />
        <source>list of billable acts of account {ref} refused</source>
        <translation>lista de atos faturáveis da conta {ref} recusada</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../app/cli.py" line="28" />
        <source>only this integration (vetelevage, provet, omnidoc, totvs_saude, totvs_rh, ops)</source>
        <translation>somente esta integração (vetelevage, provet, omnidoc, totvs_saude, totvs_rh, ops)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="53" />
        <source>COMMAND</source>
        <translation>COMANDO</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="122" />
        <source>Passerelle: Vétélevage, Provet Cloud, Omnidoc and TOTVS for the clinic's back office.</source>
        <translation>Passerelle: Vétélevage, Provet Cloud, Omnidoc e TOTVS para a retaguarda da clínica.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="129" />
        <source>use the embedded sandboxes and a throwaway data dir</source>
        <translation>usar os simuladores embutidos e uma pasta de dados descartável</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="132" />
        <source>where the database and logs live</source>
        <translation>onde ficam o banco de dados e os logs</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="137" />
        <source>UI language (default: the system's)</source>
        <translation>idioma da interface (padrão: o do sistema)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="140" />
        <source>check the installation and exit</source>
        <translation>verificar a instalação e sair</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="143" />
        <source>machine-readable output on stdout</source>
        <translation>saída legível por máquina na saída padrão</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="149" />
        <source>show the version and exit</source>
        <translation>mostrar a versão e sair</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="154" />
        <source>print start → window shown (ms)</source>
        <translation>mostrar o tempo início → janela exibida (ms)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="159" />
        <source>log to the console too</source>
        <translation>registrar também no console</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="170" />
        <source>serve the API simulators</source>
        <translation>servir os simuladores das APIs</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="171" />
        <location filename="../../app/integrations/provet/commands.py" line="46" />
        <source>address to listen on</source>
        <translation>endereço de escuta</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="172" />
        <source>the port (0: a free one)</source>
        <translation>a porta (0: uma porta livre)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="177" />
        <source>only this simulator (repeatable)</source>
        <translation>somente este simulador (repetível)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="179" />
        <source>seed of the sample data</source>
        <translation>semente dos dados de exemplo</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="182" />
        <source>show or change settings</source>
        <translation>mostrar ou alterar as configurações</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="184" />
        <source>effective settings, secrets masked</source>
        <translation>configurações em vigor, segredos ocultos</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="186" />
        <source>set SECTION.KEY VALUE</source>
        <translation>definir SECTION.KEY VALUE</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="187" />
        <source>the setting, SECTION.KEY</source>
        <translation>a configuração, SEÇÃO.CHAVE</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="188" />
        <source>its new value</source>
        <translation>seu novo valor</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="191" />
        <source>store a secret in the OS keyring</source>
        <translation>guardar um segredo no chaveiro do sistema</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="193" />
        <source>set SECTION.KEY (prompts; or --stdin)</source>
        <translation>definir SECTION.KEY (pedido no terminal; ou --stdin)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="194" />
        <source>the secret, SECTION.KEY</source>
        <translation>o segredo, SEÇÃO.CHAVE</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="196" />
        <source>read the value from standard input</source>
        <translation>ler o valor da entrada padrão</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="200" />
        <source>the activity journal</source>
        <translation>o registro de atividades</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="202" />
        <source>entries by business key or words</source>
        <translation>entradas por chave de negócio ou por palavras</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="203" />
        <source>a business key or words</source>
        <translation>uma chave de negócio ou palavras</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="206" />
        <source>entries</source>
        <translation>entradas</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="209" />
        <source>what failed or waits for a person</source>
        <translation>o que falhou ou aguarda uma pessoa</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="211" />
        <source>items</source>
        <translation>itens</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="215" />
        <source>scheduled jobs and the webhook inbox, no window</source>
        <translation>tarefas agendadas e caixa de webhooks, sem janela</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="218" />
        <source>run every schedule once, then exit</source>
        <translation>executar cada agendamento uma vez e sair</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="251" />
        <source>No simulator matches.</source>
        <translation>Nenhum simulador corresponde.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="253" />
        <source>No integration with a simulator is installed.</source>
        <translation>Nenhuma integração com simulador está instalada.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="257" />
        <source>Warning: the simulators listen on {host}, reachable from other computers.</source>
        <translation>Atenção: os simuladores escutam em {host}, acessível a partir de outros computadores.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="294" />
        <source>{key} saved.</source>
        <translation>{key} salvo.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="305" />
        <source>'{key}' is not a secret (set it with 'passerelle config set {key} VALUE').</source>
        <translation>“{key}” não é um segredo (defina-o com “passerelle config set {key} VALOR”).</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="316" />
        <source>{key} saved in the keyring.</source>
        <translation>{key} salvo no chaveiro do sistema.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="325" />
        <source>No value on standard input. Type it in a terminal, or pipe it in: echo VALUE | passerelle secret set {key}</source>
        <translation>Nenhum valor na entrada padrão. Digite-o em um terminal ou envie-o pela entrada: echo VALOR | passerelle secret set {key}</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="355" />
        <source>--since must be a date YYYY-MM-DD.</source>
        <translation>--since deve ser uma data AAAA-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="388" />
        <source>No matching activity.</source>
        <translation>Nenhuma atividade correspondente.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="394" />
        <source>retry (passerelle attention --retry)</source>
        <translation>tentar de novo (passerelle attention --retry)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="395" />
        <source>reconnect in Connections</source>
        <translation>reconectar em Conexões</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="396" />
        <source>map the product</source>
        <translation>associar o produto</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="397" />
        <source>review the visit</source>
        <translation>revisar a visita</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="398" />
        <source>open it in Passerelle</source>
        <translation>abri-lo no Passerelle</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="430" />
        <location filename="../../app/ops/cli.py" line="231" />
        <source>Nothing waits for a person.</source>
        <translation>Nada aguarda uma pessoa.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="449" />
        <source>Ran: {names}.</source>
        <translation>Executado: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="451" />
        <source>Nothing was due.</source>
        <translation>Nada estava pendente.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="468" />
        <location filename="../../app/self_check.py" line="115" />
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="471" />
        <source>Passerelle serving (desk {desk}); schedules: {names}. Ctrl+C to stop.</source>
        <translation>Passerelle em serviço (estação {desk}); agendamentos: {names}. Ctrl+C para parar.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="574" />
        <source>Interrupted.</source>
        <translation>Interrompido.</translation>
    </message>
    <message>
        <location filename="../../app/cli_listing.py" line="21" />
        <source>a whole number of rows is expected, not '{value}'</source>
        <translation>é esperado um número inteiro de linhas, não “{value}”</translation>
    </message>
    <message>
        <location filename="../../app/cli_listing.py" line="24" />
        <source>at least 1 (or --all for every one)</source>
        <translation>no mínimo 1 (ou --all para mostrar tudo)</translation>
    </message>
    <message>
        <location filename="../../app/cli_listing.py" line="34" />
        <source>show at most N {what} (default {default})</source>
        <translation>mostrar no máximo N {what} (padrão {default})</translation>
    </message>
    <message>
        <location filename="../../app/cli_listing.py" line="39" />
        <source>show at most N {what} (default: all)</source>
        <translation>mostrar no máximo N {what} (padrão: tudo)</translation>
    </message>
    <message>
        <location filename="../../app/cli_listing.py" line="46" />
        <source>show them all, without a limit</source>
        <translation>mostrar tudo, sem limite</translation>
    </message>
    <message>
        <location filename="../../app/cli_listing.py" line="66" />
        <source>first {shown} of {total} (--limit N or --all for more)</source>
        <translation>primeiros {shown} de {total} (--limit N ou --all para mais)</translation>
    </message>
    <message>
        <location filename="../../app/cli_listing.py" line="88" />
        <source>{total} in all</source>
        <translation>{total} no total</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="41" />
        <source>Prescription</source>
        <translation>Receita</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="42" />
        <location filename="../../app/integrations/totvs/cli.py" line="48" />
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="43" />
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="44" />
        <source>Final date</source>
        <translation>Data final</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="80" />
        <source>No prescription.</source>
        <translation>Nenhuma receita.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="47" />
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="49" />
        <source>Requested</source>
        <translation>Solicitado em</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="50" />
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="51" />
        <source>Repaid</source>
        <translation>Reembolsado em</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="129" />
        <source>The prescription cannot be sent: {problems}</source>
        <translation>A prescrição não pode ser enviada: {problems}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="143" />
        <source>The prescription cannot be sent:</source>
        <translation>A prescrição não pode ser enviada:</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="187" />
        <source>No refund.</source>
        <translation>Nenhum reembolso.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="210" />
        <source>Rows written to {out}: {n}.</source>
        <translation>Linhas gravadas em {out}: {n}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="212" />
        <source>No row to export: {out} was not written.</source>
        <translation>Nenhuma linha a exportar: {out} não foi gravado.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="218" />
        <source>TOTVS RH returned no row for {pairs}: check the company and branch (totvs_rh.scopes) or the date given to --since.</source>
        <translation>O TOTVS RH não retornou nenhuma linha para {pairs}: confira a empresa e a filial (totvs_rh.scopes) ou a data informada em --since.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="224" />
        <source>TOTVS RH returned no row for {pairs}: check the company and branch (totvs_rh.scopes).</source>
        <translation>O TOTVS RH não retornou nenhuma linha para {pairs}: confira a empresa e a filial (totvs_rh.scopes).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="230" />
        <source>Warning: {warning}</source>
        <translation>Atenção: {warning}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="235" />
        <source>received {received}, stored {stored} (new or changed), already stored {known}, pages {pages}, total {total}</source>
        <translation>recebidas {received}, gravadas {stored} (novas ou alteradas), já gravadas {known}, páginas {pages}, total {total}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/cli.py" line="45" />
        <source>{n} {endpoint} object(s) written to {path}.</source>
        <translation>Objetos {endpoint} gravados em {path}: {n}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/cli.py" line="59" />
        <source>Nothing matches.</source>
        <translation>Nenhum resultado.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/cli.py" line="91" />
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/cli.py" line="92" />
        <source>Being processed</source>
        <translation>Em processamento</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/cli.py" line="93" />
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/cli.py" line="94" />
        <source>Failed</source>
        <translation>Falha</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/cli.py" line="116" />
        <source>(no parameter)</source>
        <translation>(sem parâmetro)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/cli.py" line="123" />
        <source>No events.</source>
        <translation>Nenhuma notificação.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="67" />
        <source>{id}  {label}  GTIN {gtin}: {visits} waiting visit(s), quantity {quantity}</source>
        <translation>{id}  {label}  GTIN {gtin}: visitas em espera: {visits}, quantidade {quantity}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="76" />
        <source> (left unmapped on purpose)</source>
        <translation> (deixado sem associação de propósito)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="82" />
        <source>No product waits for a mapping.</source>
        <translation>Nenhum produto aguarda associação.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="99" />
        <source>Nothing suggested: no clinic product has this GTIN or the same substance, strength and form.</source>
        <translation>Nenhuma sugestão: nenhum produto da clínica tem este GTIN, nem a mesma substância, dosagem e forma.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="103" />
        <source>Nothing suggested: several clinic products match equally; choose one.</source>
        <translation>Nenhuma sugestão: vários produtos da clínica correspondem igualmente; escolha um.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="106" />
        <source>Nothing suggested: the clinic catalogue is empty (passerelle vetelevage catalog import).</source>
        <translation>Nenhuma sugestão: o catálogo da clínica está vazio (passerelle vetelevage catalog import).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="112" />
        <source>  &lt;- suggested</source>
        <translation>  &lt;- sugerido</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="117" />
        <source>Suggested: {code}.</source>
        <translation>Sugerido: {code}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="128" />
        <source>not billed</source>
        <translation>não faturado</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="129" />
        <source>{code} ({amount} € excl. VAT)</source>
        <translation>{code} ({amount} € sem IVA)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="134" />
        <source>{visit} line {line}, {product} x {quantity}: </source>
        <translation>{visit} linha {line}, {product} x {quantity}: </translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="144" />
        <source>committed, stays billed as {code}; post a correction if needed.</source>
        <translation>já faturada, continua faturada como {code}; lance uma correção se necessário.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="165" />
        <source>{product} mapped to {code}; lines changed: {n}.</source>
        <translation>{product} associado a {code}; linhas alteradas: {n}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="184" />
        <source>Mapping of {product} removed; lines changed: {n}.</source>
        <translation>Associação de {product} removida; linhas alteradas: {n}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="199" />
        <source>Visit {visit} set aside: {reason}</source>
        <translation>Visita {visit} deixada de lado: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="220" />
        <source>{sent} acts sent, {accepted} accepted by Vétélevage.</source>
        <translation>Atos enviados: {sent}, aceitos pelo Vétélevage: {accepted}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="226" />
        <source> The server's list still differs: {diff}</source>
        <translation> A lista do servidor ainda difere: {diff}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="256" />
        <source>{account}: batch {lot}: {received} received, {new} new, {known} already known</source>
        <translation>{account}: lote {lot} — recebidas: {received}, novas: {new}, já conhecidas: {known}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="265" />
        <source>, {n} held for review</source>
        <translation>, retidas para revisão: {n}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="266" />
        <source>, acknowledged</source>
        <translation>, confirmado</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="270" />
        <source>{account}: FAILED: {error}</source>
        <translation>{account}: FALHOU: {error}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="276" />
        <source>{failed} of {total} account(s) could not be imported.</source>
        <translation>Contas não importadas: {failed} de {total}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="281" />
        <source>No account to import.</source>
        <translation>Nenhuma conta a importar.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="288" />
        <source>{n} clinic products imported.</source>
        <translation>Produtos da clínica importados: {n}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="295" />
        <source>{n} mappings imported.</source>
        <translation>Associações importadas: {n}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="306" />
        <source>{n} mappings exported to {file}.</source>
        <translation>Associações exportadas para {file}: {n}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="327" />
        <source>Name the reviewed visits to commit (--visit V-000123 …) or use --all-ready.</source>
        <translation>Indique as visitas revisadas a faturar (--visit V-000123 …) ou use --all-ready.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="338" />
        <source>changed meanwhile</source>
        <translation>alterada nesse meio-tempo</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="350" />
        <source>Visits committed: {n}.</source>
        <translation>Visitas faturadas: {n}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="361" />
        <source>An interrupted export was finished first: {n} billing line(s) written to {path}.</source>
        <translation>Uma exportação interrompida foi concluída antes; linhas de faturamento gravadas em {path}: {n}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="372" />
        <source>Nothing new to export: every committed billing line is already in an export; no file written.</source>
        <translation>Nada novo a exportar: cada linha faturada já está em uma exportação; nenhum arquivo gravado.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="379" />
        <source>{n} billing line(s) exported to {path}.</source>
        <translation>Linhas de faturamento exportadas para {path}: {n}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="389" />
        <source>To review</source>
        <translation>A revisar</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="390" />
        <source>Needs mapping</source>
        <translation>A associar</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="391" />
        <source>Ready</source>
        <translation>Pronta</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="392" />
        <source>Set aside</source>
        <translation>Deixada de lado</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="417" />
        <source>Imported {imported}, committed {committed}, exported {exported}; billed {total} € HT.</source>
        <translation>Importadas: {imported}, faturadas: {committed}, exportadas: {exported}; total faturado {total} € sem IVA.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="435" />
        <source>Products received: {produits} (added {products_added}, changed {products_changed}, removed {products_removed}). Reference tables: users {utilisateurs}, medicines {medicaments}, pathologies {pathologies}, routes {voies}.</source>
        <translation>Produtos recebidos: {produits} (adicionados: {products_added}, alterados: {products_changed}, removidos: {products_removed}). Tabelas de referência: usuários {utilisateurs}, medicamentos {medicaments}, patologias {pathologies}, vias {voies}.</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="21" />
        <source>versions, settings (secrets masked), states, redacted errors, logs</source>
        <translation>versões, configurações (segredos mascarados), estados, erros sem dados sensíveis, logs</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="24" />
        <source>the report file to write (.zip)</source>
        <translation>o arquivo do relatório a gravar (.zip)</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="27" />
        <source>consistent copy of the database</source>
        <translation>cópia consistente do banco de dados</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="29" />
        <source>the backup file to write</source>
        <translation>o arquivo de backup a gravar</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="34" />
        <source>check a backup, keep a copy of the current database, restore</source>
        <translation>verificar um backup, guardar uma cópia do banco atual, restaurar</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="36" />
        <source>the backup file to restore</source>
        <translation>o arquivo de backup a restaurar</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="45" />
        <source>show what a retry would re-send, send nothing</source>
        <translation>mostrar o que uma nova tentativa reenviaria, sem enviar nada</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="48" />
        <source>retry every retryable item now</source>
        <translation>tentar de novo agora tudo o que pode ser tentado</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="55" />
        <source>only this item (repeatable)</source>
        <translation>somente este item (repetível)</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="14" />
        <source>remove raw payloads older than the retention period</source>
        <translation>apagar os dados brutos mais antigos que o período de retenção</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="15" />
        <source>keep this many days (default: ops.raw_retention_days)</source>
        <translation>manter este número de dias (padrão: ops.raw_retention_days)</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="80" />
        <source>Support report written to {path}.</source>
        <translation>Relatório de suporte gravado em {path}.</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="92" />
        <source>Backup written to {path}.</source>
        <translation>Backup gravado em {path}.</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="109" />
        <source>Database restored from {file}; the previous one is kept as {kept}.</source>
        <translation>Banco de dados restaurado de {file}; o anterior foi mantido como {kept}.</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="163" />
        <source>Raw payloads removed: {n} ({tables}).</source>
        <translation>Dados brutos removidos: {n} ({tables}).</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="173" />
        <source>Vétélevage visits</source>
        <translation>visitas Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="174" />
        <source>Vétélevage visits held</source>
        <translation>visitas Vétélevage retidas</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="224" />
        <source>will re-send: {what}</source>
        <translation>será reenviado: {what}</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="227" />
        <source>left alone: {what}</source>
        <translation>deixado de lado: {what}</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="248" />
        <source>Went through: {n}.</source>
        <translation>Concluídos: {n}.</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="252" />
        <source>still failing: {ref}: {reason}</source>
        <translation>ainda falhando: {ref}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/core/listen.py" line="145" />
        <source>{what} listening on {url}. Ctrl+C to stop.</source>
        <translation>{what} escutando em {url}. Ctrl+C para parar.</translation>
    </message>
    <message>
        <location filename="../../app/core/listen.py" line="148" />
        <source>Warning: {what} listens on {host}: other computers on the network can reach it. Keep 127.0.0.1 unless a reverse proxy on another computer forwards to it.</source>
        <translation>Atenção: {what} escuta em {host}: outros computadores da rede podem alcançá-la. Mantenha 127.0.0.1, a menos que um proxy reverso em outro computador encaminhe para ela.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/webhook_server.py" line="386" />
        <source>The Provet webhook inbox</source>
        <translation>A caixa de entrada de webhooks do Provet</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/commands.py" line="19" />
        <source>Omnidoc teleexpertise requests</source>
        <translation>pedidos de teleconsultoria Omnidoc</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/commands.py" line="20" />
        <source>print the prefill URL (validated)</source>
        <translation>mostrar o endereço pré-preenchido (validado)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/commands.py" line="21" />
        <source>JSON: the seed's patient_* fields or the API body</source>
        <translation>JSON: os campos patient_* ou o corpo da API</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/commands.py" line="24" />
        <source>create a draft by API and upload files; print id and redirect_url</source>
        <translation>criar um rascunho pela API e enviar os arquivos; mostrar id e redirect_url</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/commands.py" line="26" />
        <source>JSON form file</source>
        <translation>arquivo de formulário JSON</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/commands.py" line="27" />
        <source>a file to attach (repeatable)</source>
        <translation>um arquivo a anexar (pode repetir)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/commands.py" line="29" />
        <source>finish an interrupted request instead of a new one</source>
        <translation>concluir um pedido interrompido em vez de criar outro</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/commands.py" line="20" />
        <source>Provet Cloud: pull data, webhook inbox</source>
        <translation>Provet Cloud: buscar dados, caixa de webhooks</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/commands.py" line="22" />
        <source>fetch every object of ENDPOINT matching the filters</source>
        <translation>buscar cada objeto de ENDPOINT que atende aos filtros</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/commands.py" line="27" />
        <source>consultation, invoice, client, patient, …</source>
        <translation>consultation, invoice, client, patient…</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/commands.py" line="29" />
        <source>a filter, e.g. complaint__icontains=otite (repeatable)</source>
        <translation>um filtro, por exemplo complaint__icontains=otite (repetível)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/commands.py" line="35" />
        <source>match any filter (filter_type=or)</source>
        <translation>atender a qualquer filtro (filter_type=or)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/commands.py" line="37" />
        <source>expand this related object (repeatable)</source>
        <translation>expandir este objeto relacionado (repetível)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/commands.py" line="40" />
        <source>write a .csv or .json file instead of printing</source>
        <translation>gravar um arquivo .csv ou .json em vez de mostrar</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/commands.py" line="42" />
        <source>objects printed (--out writes every one)</source>
        <translation>objetos exibidos (--out grava todos)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/commands.py" line="44" />
        <source>the durable webhook inbox</source>
        <translation>a caixa durável de webhooks</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/commands.py" line="45" />
        <source>receive webhooks (stores, then answers 200)</source>
        <translation>receber webhooks (armazena e depois responde 200)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/commands.py" line="47" />
        <source>the port (default: provet.webhook_port)</source>
        <translation>a porta (padrão: provet.webhook_port)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/commands.py" line="50" />
        <source>received events and their state</source>
        <translation>eventos recebidos e seu estado</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/commands.py" line="54" />
        <source>only those not processed yet (or failed)</source>
        <translation>só os ainda não processados (ou com falha)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/commands.py" line="56" />
        <source>events, newest first</source>
        <translation>eventos, os mais recentes primeiro</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="23" />
        <source>TOTVS Saúde Planos: continuous-medication prescriptions</source>
        <translation>TOTVS Saúde Planos: prescrições de medicamentos de uso contínuo</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="25" />
        <source>list or file prescriptions</source>
        <translation>listar ou registrar prescrições</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="26" />
        <source>a subscriber's prescriptions</source>
        <translation>as prescrições de um beneficiário</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="27" />
        <source>subscriberId (matrícula)</source>
        <translation>subscriberId (matrícula)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="28" />
        <source>statuses, e.g. 0,1,2</source>
        <translation>status, por exemplo 0,1,2</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="29" />
        <location filename="../../app/integrations/totvs/commands.py" line="47" />
        <source>medication code</source>
        <translation>código do medicamento</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="31" />
        <source>write the list to FILE (.csv or .json)</source>
        <translation>gravar a lista em FILE (.csv ou .json)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="33" />
        <source>prescriptions printed (--out writes every one)</source>
        <translation>prescrições exibidas (--out grava todas)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="36" />
        <source>file a new prescription (once, even when retried)</source>
        <translation>registrar uma nova prescrição (uma só vez, mesmo se repetida)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="42" />
        <source>JSON with the fields of the POST body</source>
        <translation>JSON com os campos do corpo do POST</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="45" />
        <source>refund protocols of a prescription</source>
        <translation>protocolos de reembolso de uma prescrição</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="46" />
        <source>prescriptionCode</source>
        <translation>prescriptionCode</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="49" />
        <source>properties to return, e.g. protocol,status</source>
        <translation>propriedades a retornar, por exemplo protocol,status</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="52" />
        <source>OData filter, e.g. "status eq '3'"</source>
        <translation>filtro OData, por exemplo “status eq '3'”</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="54" />
        <source>refunds printed</source>
        <translation>reembolsos exibidos</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="57" />
        <source>TOTVS RH: beneficiaries' co-participation</source>
        <translation>TOTVS RH: coparticipação dos beneficiários</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="60" />
        <source>load co-participation rows (incremental unless --full or --since)</source>
        <translation>carregar as linhas de coparticipação (incremental, salvo --full ou --since)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="63" />
        <source>load everything again</source>
        <translation>carregar tudo de novo</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="67" />
        <source>re-sync rows paid since (the TOTVS server's time; or YYYY-MM-DD)</source>
        <translation>ressincronizar as linhas pagas desde (hora do servidor TOTVS; ou AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="71" />
        <source>companyId: with --branch, that pair; alone, its pairs in the settings</source>
        <translation>companyId: com --branch, esse par; sozinho, seus pares nas configurações</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="77" />
        <source>branchId: with --company, that pair; alone, its pairs in the settings</source>
        <translation>branchId: com --company, esse par; sozinho, seus pares nas configurações</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="84" />
        <source>export the stored rows of the scope to FILE.csv or FILE.xlsx</source>
        <translation>exportar as linhas armazenadas do escopo para FILE.csv ou FILE.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="21" />
        <source>the Vétélevage product (its produit_id)</source>
        <translation>o produto Vétélevage (seu produit_id)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="22" />
        <source>the clinic product's code (lgcv_code)</source>
        <translation>o código do produto da clínica (lgcv_code)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="29" />
        <source>Vétélevage: acts, visits, mapping, billing</source>
        <translation>Vétélevage: atos, visitas, associação, faturamento</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="33" />
        <source>push the acts list, then read it back and compare</source>
        <translation>enviar a lista de atos, depois lê-la de volta e comparar</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="36" />
        <source>replace the local acts list from this CSV first</source>
        <translation>substituir antes a lista local de atos por este CSV</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="41" />
        <source>fetch the frozen batch, store it, acknowledge it</source>
        <translation>buscar o lote congelado, armazená-lo e confirmar o recebimento</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="43" />
        <source>SaaS: only this account</source>
        <translation>SaaS: só esta conta</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="46" />
        <source>the clinic's product catalogue</source>
        <translation>o catálogo de produtos da clínica</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="47" />
        <source>code,libelle,gtin,prix_ht,unite</source>
        <translation>code,libelle,gtin,prix_ht,unite</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="48" />
        <source>the catalogue file (.csv)</source>
        <translation>o arquivo do catálogo (.csv)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="51" />
        <source>product mappings (produit_id,lgcv_code)</source>
        <translation>associações de produtos (produit_id,lgcv_code)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="52" />
        <source>read mappings from a file</source>
        <translation>ler associações de um arquivo</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="53" />
        <source>the mappings file (.csv)</source>
        <translation>o arquivo das associações (.csv)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="55" />
        <source>write every mapping to a file</source>
        <translation>gravar todas as associações em um arquivo</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="56" />
        <source>the file to write (.csv)</source>
        <translation>o arquivo a gravar (.csv)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="63" />
        <source>products seen in waiting visits without a mapping</source>
        <translation>produtos das visitas em espera sem associação</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="69" />
        <source>clinic products proposed for one Vétélevage product</source>
        <translation>produtos da clínica propostos para um produto Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="75" />
        <source>map a Vétélevage product to a clinic product (prints the lines that change)</source>
        <translation>associar um produto Vétélevage a um produto da clínica (mostra as linhas que mudam)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="83" />
        <source>remove a product's mapping (prints the lines that change)</source>
        <translation>remover a associação de um produto (mostra as linhas que mudam)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="95" />
        <source>keep a visit out of billing, saying why</source>
        <translation>deixar uma visita fora do faturamento, dizendo por quê</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="96" />
        <source>the visit's Vétélevage id</source>
        <translation>o identificador Vétélevage da visita</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="101" />
        <source>why the visit is not billed now</source>
        <translation>por que a visita não é faturada agora</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="106" />
        <source>commit reviewed visits (or every ready visit)</source>
        <translation>faturar as visitas revisadas (ou todas as visitas prontas)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="108" />
        <source>every visit whose products are all mapped</source>
        <translation>cada visita cujos produtos estão todos associados</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="110" />
        <source>a reviewed visit to commit</source>
        <translation>uma visita revisada a faturar</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="115" />
        <source>billing lines of committed visits not exported yet</source>
        <translation>linhas de faturamento das visitas faturadas ainda não exportadas</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="117" />
        <source>the file to write</source>
        <translation>o arquivo a gravar</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="118" />
        <source>the file's format (default: csv)</source>
        <translation>o formato do arquivo (padrão: csv)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="123" />
        <source>CSV with ';' and decimal commas (French Excel)</source>
        <translation>CSV com “;” e vírgulas decimais (Excel francês)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="128" />
        <source>imported vs committed vs exported, and what waits</source>
        <translation>importado, faturado, exportado, e o que aguarda</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="205" />
        <location filename="../../app/integrations/vetelevage/commands.py" line="130" />
        <location filename="../../app/integrations/vetelevage/commands.py" line="131" />
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="132" />
        <source>waiting visits</source>
        <translation>visitas em espera</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="137" />
        <source>refresh the SNGTV product dictionary and reference tables</source>
        <translation>atualizar o dicionário de produtos SNGTV e as tabelas de referência</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="142" />
        <source>list the whole dictionary (removes what it no longer holds)</source>
        <translation>ler o dicionário inteiro (remove o que ele não contém mais)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="153" />
        <source>one JSON object</source>
        <translation>um objeto JSON</translation>
    </message>
    <message>
        <location filename="../../app/self_check.py" line="48" />
        <source>not installed</source>
        <translation>não instalado</translation>
    </message>
    <message>
        <location filename="../../app/self_check.py" line="49" />
        <source>installed (version unknown)</source>
        <translation>instalado (versão desconhecida)</translation>
    </message>
    <message>
        <location filename="../../app/self_check.py" line="118" />
        <source>{count} modules; integrations: {names}</source>
        <translation>{count} módulos; integrações: {names}</translation>
    </message>
    <message>
        <location filename="../../app/self_check.py" line="123" />
        <source>Languages: {names}</source>
        <translation>Idiomas: {names}</translation>
    </message>
    <message>
        <location filename="../../app/self_check.py" line="127" />
        <source>The installation is incomplete, missing: {names}. Reinstall Passerelle.</source>
        <translation>A instalação está incompleta, falta: {names}. Reinstale o Passerelle.</translation>
    </message>
    <message>
        <location filename="../../app/self_check.py" line="132" />
        <source>Everything Passerelle needs is installed and works.</source>
        <translation>Tudo de que o Passerelle precisa está instalado e funciona.</translation>
    </message>
    <message>
        <location filename="../../app/core/logging_setup.py" line="38" />
        <source>Passerelle writes its log file {file} again.</source>
        <translation>O Passerelle voltou a gravar seu arquivo de log {file}.</translation>
    </message>
    <message>
        <location filename="../../app/core/logging_setup.py" line="51" />
        <source>Passerelle cannot write its log file {file} ({reason}). It keeps working and says so here once writing works again.</source>
        <translation>O Passerelle não consegue gravar seu arquivo de log {file} ({reason}). Ele continua funcionando e avisará aqui assim que a gravação voltar a funcionar.</translation>
    </message>
    <message>
        <location filename="../../app/core/logging_setup.py" line="70" />
        <source>the disk is full</source>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <location filename="../../app/core/logging_setup.py" line="61" />
        <source>this account is not allowed to write it</source>
        <translation>esta conta não tem permissão para gravá-lo</translation>
    </message>
    <message>
        <location filename="../../app/core/logging_setup.py" line="62" />
        <source>its folder is gone</source>
        <translation>sua pasta não existe mais</translation>
    </message>
    <message>
        <location filename="../../app/core/logging_setup.py" line="63" />
        <source>the disk may be full or disconnected</source>
        <translation>o disco pode estar cheio ou desconectado</translation>
    </message>
    <message>
        <location filename="../../app/core/logging_setup.py" line="74" />
        <source>an unexpected error ({kind})</source>
        <translation>um erro inesperado ({kind})</translation>
    </message>
    <message>
        <location filename="../../app/ops/schedule_words.py" line="11" />
        <source>Vétélevage visits import</source>
        <translation>importação das visitas Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ops/schedule_words.py" line="12" />
        <source>Vétélevage acts list sent</source>
        <translation>envio da lista de atos Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ops/schedule_words.py" line="13" />
        <source>Provet Cloud catch-up</source>
        <translation>recuperação do Provet Cloud</translation>
    </message>
    <message>
        <location filename="../../app/ops/schedule_words.py" line="14" />
        <source>Provet Cloud notifications</source>
        <translation>notificações do Provet Cloud</translation>
    </message>
    <message>
        <location filename="../../app/ops/schedule_words.py" line="15" />
        <source>database backup</source>
        <translation>backup do banco de dados</translation>
    </message>
    <message>
        <location filename="../../app/ops/schedule_words.py" line="16" />
        <source>retries</source>
        <translation>novas tentativas</translation>
    </message>
    <message>
        <location filename="../../app/ops/schedule_words.py" line="17" />
        <source>raw payloads pruning</source>
        <translation>limpeza dos dados brutos</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../app/core/errors.py" line="62" />
        <location filename="../../app/integrations/vetelevage/csvio.py" line="43" />
        <source>Cannot read {file}: {reason}.</source>
        <translation>Não é possível ler {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="72" />
        <source>{file} is not valid JSON ({detail}).</source>
        <translation>{file} não é um JSON válido ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="100" />
        <source>{service} refused the credentials. Reconnect in Connections (check the login, password or token).</source>
        <translation>{service} recusou as credenciais. Reconecte em Conexões (verifique o usuário, a senha ou o token).</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="104" />
        <source>{service} asks to slow down. Retrying in {seconds} s.</source>
        <translation>{service} pede para desacelerar. Nova tentativa em {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="105" />
        <source>{service} asks to slow down. Try again in a minute.</source>
        <translation>{service} pede para desacelerar. Tente novamente em um minuto.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="106" />
        <source>Cannot reach {service}: check the network or the address in Connections.</source>
        <translation>Não foi possível acessar {service}: verifique a rede ou o endereço em Conexões.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="109" />
        <source>{service} has a problem on its side. Nothing was lost; try again later.</source>
        <translation>{service} está com um problema do lado dele. Nada foi perdido; tente mais tarde.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="112" />
        <source>{service} sent an unexpected answer. Nothing was lost; try again later.</source>
        <translation>{service} enviou uma resposta inesperada. Nada foi perdido; tente mais tarde.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="115" />
        <source>{detail} Check the address in Connections.</source>
        <translation>{detail} Verifique o endereço em Conexões.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="117" />
        <source>The remote service</source>
        <translation>O serviço remoto</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="118" />
        <source>the remote service</source>
        <translation>o serviço remoto</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="123" />
        <source>Beneficiary not found: check the registration.</source>
        <translation>Beneficiário não encontrado: confira a matrícula.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="127" />
        <source>Prescription not found: check the prescription code.</source>
        <translation>Receita não encontrada: confira o código da receita.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="131" />
        <source>Health insurer not found: check the health insurer code in Connections.</source>
        <translation>Operadora de saúde não encontrada: confira o código da operadora em Conexões.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="137" />
        <source>{service} has no client {key}: check the client number (it may have been deleted).</source>
        <translation>{service} não tem o cliente {key}: confira o número do cliente (pode ter sido excluído).</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="143" />
        <source>{service} has no patient {key}: check the patient number (it may have been deleted).</source>
        <translation>{service} não tem o paciente {key}: confira o número do paciente (pode ter sido excluído).</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="149" />
        <source>{service} has no draft {key} any more (already opened, or expired): send the request again.</source>
        <translation>{service} não tem mais o rascunho {key} (já aberto ou expirado): envie a solicitação novamente.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="156" />
        <source>{service} has no such record ({key}): check the number or code you typed.</source>
        <translation>{service} não tem esse registro ({key}): confira o número ou o código digitado.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="159" />
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="160" />
        <source>Already running on {desk}. It will be done there; nothing to do here.</source>
        <translation>Já em andamento em {desk}. Será feito lá; nada a fazer aqui.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="161" />
        <source>{detail} Open Connections to set it.</source>
        <translation>{detail} Abra Conexões para defini-lo.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="162" />
        <source>The disk is full: this step was not saved, and nothing was half-saved. Free some space, then try again.</source>
        <translation>O disco está cheio: esta etapa não foi gravada, e nada ficou gravado pela metade. Libere espaço e tente de novo.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="166" />
        <source>The database is damaged ({detail}). Restore the last backup (Storage, or passerelle restore).</source>
        <translation>O banco de dados está danificado ({detail}). Restaure o último backup (Armazenamento, ou passerelle restore).</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="169" />
        <source>No secure password store is available on this computer, so secrets cannot be saved. On Windows this is the Credential Manager; on a server, give the secret in the environment (PASSERELLE_&lt;SECTION&gt;__&lt;KEY&gt;).</source>
        <translation>Nenhum cofre seguro de senhas está disponível neste computador, então os segredos não podem ser salvos. No Windows, é o Gerenciador de Credenciais; em um servidor, informe o segredo no ambiente (PASSERELLE_&lt;SECTION&gt;__&lt;KEY&gt;).</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="175" />
        <source>Some values cannot be used: {problems}.</source>
        <translation>Alguns valores não podem ser usados: {problems}.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="176" />
        <source>Something unexpected happened ({kind}). Nothing was lost; try again, and if it happens again send the support report.</source>
        <translation>Ocorreu algo inesperado ({kind}). Nada foi perdido; tente novamente e, se acontecer de novo, envie o relatório de suporte.</translation>
    </message>
    <message>
        <location filename="../../app/core/write_errors.py" line="22" />
        <source>{file} could not be written: the folder is read-only. Nothing was lost; choose another folder and try again.</source>
        <translation>Não foi possível gravar {file}: a pasta é somente leitura. Nada foi perdido; escolha outra pasta e tente novamente.</translation>
    </message>
    <message>
        <location filename="../../app/core/write_errors.py" line="27" />
        <source>{file} could not be written: the file is read-only. Nothing was lost; choose another name and try again.</source>
        <translation>Não foi possível gravar {file}: o arquivo é somente leitura. Nada foi perdido; escolha outro nome e tente novamente.</translation>
    </message>
    <message>
        <location filename="../../app/core/write_errors.py" line="32" />
        <source>{file} could not be written: the file is open in another program. Nothing was lost; close it there and try again.</source>
        <translation>Não foi possível gravar {file}: o arquivo está aberto em outro programa. Nada foi perdido; feche-o nesse programa e tente novamente.</translation>
    </message>
    <message>
        <location filename="../../app/core/write_errors.py" line="37" />
        <source>{file} could not be written: the disk is read-only. Nothing was lost; choose another folder and try again.</source>
        <translation>Não foi possível gravar {file}: o disco é somente leitura. Nada foi perdido; escolha outra pasta e tente novamente.</translation>
    </message>
    <message>
        <location filename="../../app/core/write_errors.py" line="42" />
        <source>{file} could not be written: the disk is full. Nothing was lost; free some space or choose another folder, then try again.</source>
        <translation>Não foi possível gravar {file}: o disco está cheio. Nada foi perdido; libere espaço ou escolha outra pasta e tente novamente.</translation>
    </message>
    <message>
        <location filename="../../app/core/write_errors.py" line="47" />
        <source>{file} could not be written: its folder does not exist and cannot be created. Nothing was lost; choose another folder and try again.</source>
        <translation>Não foi possível gravar {file}: a pasta não existe e não pode ser criada. Nada foi perdido; escolha outra pasta e tente novamente.</translation>
    </message>
    <message>
        <location filename="../../app/core/write_errors.py" line="52" />
        <source>{file} could not be written: a folder has that name. Nothing was lost; choose another name and try again.</source>
        <translation>Não foi possível gravar {file}: já existe uma pasta com esse nome. Nada foi perdido; escolha outro nome e tente novamente.</translation>
    </message>
    <message>
        <location filename="../../app/core/write_errors.py" line="57" />
        <source>{file} could not be written ({cause}). Nothing was lost; choose another folder and try again.</source>
        <translation>Não foi possível gravar {file} ({cause}). Nada foi perdido; escolha outra pasta e tente novamente.</translation>
    </message>
    <message>
        <location filename="../../app/core/secrets.py" line="47" />
        <source>The secret {name} is too long to keep in the password store: {length} characters, where the Windows Credential Manager holds about {limit}. Nothing was saved; check that only the secret was copied, or ask its provider for a shorter one.</source>
        <translation>O segredo {name} é longo demais para o cofre de senhas: {length} caracteres, e o Gerenciador de Credenciais do Windows guarda cerca de {limit}. Nada foi salvo; verifique se apenas o segredo foi copiado, ou peça um mais curto ao fornecedor.</translation>
    </message>
    <message>
        <location filename="../../app/core/secrets.py" line="137" />
        <source>'{key}' is not a secret setting.</source>
        <translation>“{key}” não é uma configuração secreta.</translation>
    </message>
    <message>
        <location filename="../../app/core/db.py" line="133" />
        <source>The database set in database.url cannot be reached ({detail}). Check that the database server is running and reachable, or fix database.url (passerelle config set database.url …; empty: this desk's own file).</source>
        <translation>O banco de dados definido em database.url está inacessível ({detail}). Verifique se o servidor de banco de dados está funcionando e acessível, ou corrija database.url (passerelle config set database.url …; vazio: o arquivo próprio deste posto).</translation>
    </message>
    <message>
        <location filename="../../app/core/db.py" line="139" />
        <source>{name} is damaged ({found}). Restore the last good backup, {backup} (in {folder}).</source>
        <translation>{name} está danificado ({found}). Restaure o último backup íntegro, {backup} (em {folder}).</translation>
    </message>
    <message>
        <location filename="../../app/core/db.py" line="142" />
        <source>{name} is damaged ({found}). No healthy backup was found in {folder}: keep the file and ask for support.</source>
        <translation>{name} está danificado ({found}). Nenhum backup íntegro foi encontrado em {folder}: guarde o arquivo e peça ajuda ao suporte.</translation>
    </message>
    <message>
        <location filename="../../app/core/db.py" line="146" />
        <source>Passerelle could not read or write {path} ({detail}). The file is not known to be damaged: check that the disk is connected, not full and that this user may write to the folder, then start again. Do not restore a backup: it would lose what was saved since.</source>
        <translation>O Passerelle não conseguiu ler ou gravar {path} ({detail}). Nada indica que o arquivo esteja danificado: verifique se o disco está conectado, se não está cheio e se este usuário pode gravar na pasta, e inicie novamente. Não restaure um backup: perderia o que foi salvo desde então.</translation>
    </message>
    <message>
        <location filename="../../app/core/db.py" line="357" />
        <source>Cannot use the database address in database.url: {kind}: {detail}</source>
        <translation>O endereço do banco de dados em database.url não pode ser usado: {kind}: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/importing.py" line="72" />
        <source>{failed} of {total} Vétélevage accounts could not be imported ({accounts}); the others were. Each one is listed in Needs attention, where it can be tried again.</source>
        <translation>{failed} de {total} contas Vétélevage não puderam ser importadas ({accounts}); as outras foram. Cada uma aparece em Requer atenção, onde pode ser tentada novamente.</translation>
    </message>
    <message>
        <location filename="../../app/ops/demo.py" line="33" />
        <source>The demo never uses a folder that holds real data, and {folder} holds a Passerelle database or settings. Start the demo without --data-dir (it uses a throwaway folder), or give it an empty folder.</source>
        <translation>A demonstração nunca usa uma pasta com dados reais, e {folder} contém um banco ou configurações do Passerelle. Inicie a demonstração sem --data-dir (ela usa uma pasta descartável) ou indique uma pasta vazia.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/catalogue.py" line="47" />
        <source>Line {line}, column code: a product code is expected.</source>
        <translation>Linha {line}, coluna code: um código de produto é esperado.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/catalogue.py" line="53" />
        <source>Line {line}, column code: {code} appears twice.</source>
        <translation>Linha {line}, coluna code: {code} aparece duas vezes.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/catalogue.py" line="60" />
        <source>Line {line}, column libelle: a product name is expected.</source>
        <translation>Linha {line}, coluna libelle: um nome de produto é esperado.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/catalogue.py" line="68" />
        <source>Line {line}, column prix_ht: the price must not be negative.</source>
        <translation>Linha {line}, coluna prix_ht: o preço não pode ser negativo.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/catalogue.py" line="77" />
        <source>Line {line}, column gtin: {reason}</source>
        <translation>Linha {line}, coluna gtin: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/catalogue.py" line="139" />
        <source>A product code is expected.</source>
        <translation>Um código de produto é esperado.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/catalogue.py" line="142" />
        <source>A code has 1 to 64 letters, digits or . _ / - (no spaces), e.g. MED1090.</source>
        <translation>Um código tem de 1 a 64 letras, algarismos ou . _ / - (sem espaços), ex.: MED1090.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/catalogue.py" line="147" />
        <source>A product name is expected.</source>
        <translation>Um nome de produto é esperado.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/catalogue.py" line="150" />
        <source>The name is too long (300 characters at most).</source>
        <translation>O nome é longo demais (300 caracteres no máximo).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/catalogue.py" line="155" />
        <source>A price excluding VAT is expected, e.g. 12,90.</source>
        <translation>Um preço sem impostos é esperado, ex.: 12,90.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/catalogue.py" line="158" />
        <source>The price must not be negative.</source>
        <translation>O preço não pode ser negativo.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/catalogue.py" line="160" />
        <source>A unit is expected, e.g. flacon.</source>
        <translation>Uma unidade é esperada, ex.: frasco.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/catalogue.py" line="163" />
        <source>The unit is too long (40 characters at most).</source>
        <translation>A unidade é longa demais (40 caracteres no máximo).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/catalogue.py" line="167" />
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/catalogue.py" line="214" />
        <source>Code {code} is already in the catalogue ({name}).</source>
        <translation>O código {code} já está no catálogo ({name}).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/evaluation.py" line="352" />
        <location filename="../../app/integrations/vetelevage/ledger.py" line="67" />
        <source>No visit {visit}.</source>
        <translation>Nenhuma visita {visit}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/ledger.py" line="72" />
        <source>Visit {visit} is already committed: it was billed once and stays so.</source>
        <translation>A visita {visit} já está faturada: foi faturada uma vez e assim permanece.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/ledger.py" line="82" />
        <source>Visit {visit} cannot be committed yet: {reasons}</source>
        <translation>A visita {visit} ainda não pode ser faturada: {reasons}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/ledger.py" line="174" />
        <source>Say why the visit is set aside: a reason is required.</source>
        <translation>Diga por que a visita foi deixada de lado: um motivo é obrigatório.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/ledger.py" line="186" />
        <source>Visit {visit} cannot be set aside (unknown or already committed).</source>
        <translation>A visita {visit} não pode ser deixada de lado (desconhecida ou já faturada).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/ledger.py" line="227" />
        <source>Visit {visit} is not committed: change it before committing instead.</source>
        <translation>A visita {visit} não está faturada: altere-a antes de faturar.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/ledger.py" line="243" />
        <source>The correction cannot be computed: {reasons}</source>
        <translation>A correção não pode ser calculada: {reasons}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/mapping.py" line="244" />
        <location filename="../../app/integrations/vetelevage/mapping_changes.py" line="117" />
        <source>Clinic product {code} is not in the catalogue.</source>
        <translation>O produto da clínica {code} não está no catálogo.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/mapping.py" line="287" />
        <source>The mapping of {product} was removed meanwhile; look again.</source>
        <translation>A associação de {product} foi removida nesse meio-tempo; confira novamente.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/mapping.py" line="305" />
        <source>{product} was mapped by someone else meanwhile; look again.</source>
        <translation>{product} foi associado por outra pessoa nesse meio-tempo; confira novamente.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/mapping.py" line="338" />
        <source>The mapping of {product} was changed meanwhile; look again.</source>
        <translation>A associação de {product} foi alterada nesse meio-tempo; confira novamente.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/mapping.py" line="376" />
        <source>Visit {visit} cannot be changed (unknown or already committed).</source>
        <translation>A visita {visit} não pode ser alterada (desconhecida ou já faturada).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/mapping_changes.py" line="173" />
        <source>{product} has no mapping (perhaps removed meanwhile).</source>
        <translation>{product} não tem correspondência (talvez excluída nesse meio-tempo).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/mapping.py" line="317" />
        <location filename="../../app/integrations/vetelevage/mapping_changes.py" line="180" />
        <source>The mapping of {product} was changed meanwhile by another desk; look again.</source>
        <translation>A associação de {product} foi alterada nesse meio-tempo por outro posto; confira novamente.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/mapping_changes.py" line="216" />
        <source>{product} is mapped: remove its mapping first (Mappings), then leave it unmapped.</source>
        <translation>{product} tem correspondência: exclua-a primeiro (Correspondências) e depois deixe-o sem correspondência.</translation>
    </message>
    <message>
        <location filename="../../app/core/missing_settings.py" line="11" />
        <source>{service} is not configured: {missing} missing. Open Connections to set them.</source>
        <translation>{service} não está configurado: falta {missing}. Abra Conexões para defini-los.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/service.py" line="93" />
        <source>Omnidoc answers at {address} (HTTP {status}).</source>
        <translation>O Omnidoc responde em {address} (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/service.py" line="188" />
        <source>{name}: the file does not exist or is not a file.</source>
        <translation>{name}: o arquivo não existe ou não é um arquivo.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/service.py" line="195" />
        <source>{name}: the file is empty.</source>
        <translation>{name}: o arquivo está vazio.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/service.py" line="198" />
        <source>{name}: {size} MB is over the {limit} MB limit.</source>
        <translation>{name}: {size} MB ultrapassa o limite de {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/service.py" line="206" />
        <source>{name}: {mime} files are not accepted (PDF, images, text, DICOM).</source>
        <translation>{name}: arquivos {mime} não são aceitos (PDF, imagens, texto, DICOM).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/service.py" line="451" />
        <source>Upload the files first: Omnidoc refuses them once the draft is opened.</source>
        <translation>Envie os arquivos primeiro: o Omnidoc os recusa depois que o rascunho é aberto.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/service.py" line="477" />
        <source>This draft was already opened in Omnidoc, which no longer accepts files for it. Add them in Omnidoc itself, or create a new request.</source>
        <translation>Este rascunho já foi aberto no Omnidoc, que não aceita mais arquivos para ele. Adicione-os no próprio Omnidoc, ou crie um novo pedido.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/service.py" line="567" />
        <source>No Omnidoc request {request}.</source>
        <translation>Nenhum pedido Omnidoc {request}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/service.py" line="640" />
        <source>The personal data of this request was purged after the retention period.</source>
        <translation>Os dados pessoais deste pedido foram apagados após o prazo de retenção.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/connection.py" line="134" />
        <source>Provet Cloud answers. Departments visible: {n}.</source>
        <translation>O Provet Cloud respondeu. Departamentos visíveis: {n}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="79" />
        <source>--company and --branch name one pair; list several in totvs_rh.scopes ({example}).</source>
        <translation>--company e --branch indicam um único par; liste vários em totvs_rh.scopes ({example}).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="95" />
        <source>No pair with company {value} in totvs_rh.scopes: give its branch too (--branch) or add the pair there ({example}).</source>
        <translation>Nenhum par com a empresa {value} em totvs_rh.scopes: informe também a filial (--branch) ou adicione o par lá ({example}).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="101" />
        <source>No pair with branch {value} in totvs_rh.scopes: give its company too (--company) or add the pair there ({example}).</source>
        <translation>Nenhum par com a filial {value} em totvs_rh.scopes: informe também a empresa (--company) ou adicione o par lá ({example}).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="113" />
        <source>Choose the companies and branches to load in totvs_rh.scopes, as pairs: {example}.</source>
        <translation>Escolha as empresas e filiais a carregar em totvs_rh.scopes, em pares: {example}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="139" />
        <source>'{text}' is not a date and time: expected YYYY-MM-DDThh:mm:ss (e.g. 2025-01-31T08:00:00, the TOTVS server's time) or YYYY-MM-DD.</source>
        <translation>“{text}” não é uma data e hora: esperado AAAA-MM-DDThh:mm:ss (ex.: 2025-01-31T08:00:00, no horário do servidor TOTVS) ou AAAA-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="161" />
        <source>Choose the date to re-sync from.</source>
        <translation>Escolha a data a partir da qual ressincronizar.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="494" />
        <source>Unknown load mode '{mode}': full, incremental or since.</source>
        <translation>Modo de carga desconhecido “{mode}”: full, incremental ou since.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="758" />
        <source>TOTVS RH answered. Co-participation rows for {scope}: {n}.</source>
        <translation>O TOTVS RH respondeu. Linhas de coparticipação de {scope}: {n}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="764" />
        <source>TOTVS RH answered: no co-participation rows for {scope}.</source>
        <translation>O TOTVS RH respondeu: nenhuma linha de coparticipação de {scope}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_saude.py" line="79" />
        <location filename="../../app/integrations/totvs/service_saude.py" line="91" />
        <source>Type the subscriber id (matrícula) first.</source>
        <translation>Digite primeiro a matrícula do beneficiário.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_saude.py" line="113" />
        <source>Choose a prescription (prescriptionCode) first.</source>
        <translation>Escolha primeiro uma prescrição (prescriptionCode).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_saude.py" line="335" />
        <source>This prescription is no longer in the local store: file it again.</source>
        <translation>Esta prescrição não está mais na base local: registre-a novamente.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_saude.py" line="399" />
        <source>TOTVS Saúde Planos accepted the user and password (token issued).</source>
        <translation>O TOTVS Saúde Planos aceitou o usuário e a senha (token emitido).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/connection.py" line="44" />
        <source>Connected to Vétélevage (SaaS). Linked accounts: {n}.</source>
        <translation>Conectado ao Vétélevage (SaaS). Contas vinculadas: {n}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/connection.py" line="50" />
        <source>Connected to Vétélevage (account {account}).</source>
        <translation>Conectado ao Vétélevage (conta {account}).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/connection.py" line="68" />
        <source>In SaaS mode, choose the Vétélevage account to open (several are linked).</source>
        <translation>No modo SaaS, escolha a conta Vétélevage a abrir (há várias vinculadas).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/csvio.py" line="33" />
        <source>{file} is not a regular file: choose a CSV file.</source>
        <translation>{file} não é um arquivo comum: escolha um arquivo CSV.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/csvio.py" line="57" />
        <source>{file} is larger than {mb} MB, the most an import reads. Split it into smaller files.</source>
        <translation>{file} tem mais de {mb} MB, o máximo que uma importação lê. Divida-o em arquivos menores.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/csvio.py" line="78" />
        <source>{file}, line {line}: the line is longer than {most} characters, the most an import reads. Is it really a CSV file?</source>
        <translation>{file}, linha {line}: a linha tem mais de {most} caracteres, o máximo que uma importação lê. É mesmo um arquivo CSV?</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/csvio.py" line="104" />
        <source>{file}: the file is neither UTF-8 nor Windows-1252 text.</source>
        <translation>{file}: o arquivo não é texto UTF-8 nem Windows-1252.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/csvio.py" line="123" />
        <source>{file} is empty. Expected a header line: {header}.</source>
        <translation>{file} está vazio. Linha de cabeçalho esperada: {header}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/csvio.py" line="134" />
        <source>{file}, line {line}: the file cannot be read as CSV ({detail}).</source>
        <translation>{file}, linha {line}: o arquivo não pode ser lido como CSV ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/csvio.py" line="149" />
        <source>{file}: the header must be {expected} (missing: {missing}; found: {found}).</source>
        <translation>{file}: o cabeçalho deve ser {expected} (faltando: {missing}; encontrado: {found}).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/csvio.py" line="153" />
        <source>{file}: the header must be {expected} (missing: {missing}; found: nothing).</source>
        <translation>{file}: o cabeçalho deve ser {expected} (faltando: {missing}; encontrado: nada).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/csvio.py" line="183" />
        <source>Line {line}, column {field}: a number is expected, the cell is empty.</source>
        <translation>Linha {line}, coluna {field}: um número é esperado, a célula está vazia.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/csvio.py" line="210" />
        <source>Line {line}, column {field}: a number is expected, got '{value}'.</source>
        <translation>Linha {line}, coluna {field}: um número é esperado, recebido “{value}”.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/csvio.py" line="225" />
        <source> (and {n} more)</source>
        <translation> (e mais {n})</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/csvio.py" line="232" />
        <source>Nothing was imported. {errors}{more}</source>
        <translation>Nada foi importado. {errors}{more}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/acts.py" line="54" />
        <source>Act codes must be unique; duplicated: {codes}.</source>
        <translation>Os códigos de ato devem ser únicos; duplicados: {codes}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/acts.py" line="97" />
        <source>Line {line}, column {field}: {problem}.</source>
        <translation>Linha {line}, coluna {field}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../app/core/listen.py" line="37" />
        <source>The port must be a number from 0 to {max} (0: any free port), not {port}. Set {setting} or --port.</source>
        <translation>A porta deve ser um número de 0 a {max} (0: qualquer porta livre), não {port}. Defina {setting} ou --port.</translation>
    </message>
    <message>
        <location filename="../../app/core/listen.py" line="70" />
        <source>The listen address {host} is not known on this computer: give an IP address such as 127.0.0.1, or a name this computer can find.</source>
        <translation>O endereço de escuta {host} não é conhecido neste computador: informe um endereço IP como 127.0.0.1, ou um nome que este computador consiga encontrar.</translation>
    </message>
    <message>
        <location filename="../../app/core/listen.py" line="91" />
        <source>Port {port} on {host} is already in use (is another 'passerelle serve' running?). Stop it, or choose another port ({setting}, or --port).</source>
        <translation>A porta {port} em {host} já está em uso (outro “passerelle serve” está rodando?). Pare-o ou escolha outra porta ({setting} ou --port).</translation>
    </message>
    <message>
        <location filename="../../app/core/listen.py" line="106" />
        <source>This user may not listen on port {port} of {host}: choose a port above 1024 ({setting}).</source>
        <translation>Este usuário não pode escutar na porta {port} de {host}: escolha uma porta acima de 1024 ({setting}).</translation>
    </message>
    <message>
        <location filename="../../app/core/listen.py" line="119" />
        <source>{host} is not an address of this computer, so Passerelle cannot listen on it: keep 127.0.0.1, or give one of this computer's own addresses.</source>
        <translation>{host} não é um endereço deste computador, então o Passerelle não pode escutar nele: mantenha 127.0.0.1, ou informe um dos endereços deste computador.</translation>
    </message>
    <message>
        <location filename="../../app/core/listen.py" line="128" />
        <source>The system does not let Passerelle listen on {host}:{port} (error {code}). Choose another port ({setting}, or --port).</source>
        <translation>O sistema não deixa o Passerelle escutar em {host}:{port} (erro {code}). Escolha outra porta ({setting}, ou --port).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/models.py" line="26" />
        <source>The form's field {name} contains a character that is not text (a lone surrogate).</source>
        <translation>O campo {name} do formulário contém um caractere que não é texto (um surrogate isolado).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/models.py" line="29" />
        <source>The form's field {name} must be a JSON object of text, numbers, lists and objects.</source>
        <translation>O campo {name} do formulário deve ser um objeto JSON de textos, números, listas e objetos.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/models.py" line="32" />
        <source>The form's field {name} must be under {kb} KB of JSON.</source>
        <translation>O campo {name} do formulário deve ter menos de {kb} KB de JSON.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/models.py" line="120" />
        <source>The form file must hold a JSON object.</source>
        <translation>O arquivo do formulário deve conter um objeto JSON.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/models.py" line="125" />
        <source>'patient' must be an object.</source>
        <translation>“patient” deve ser um objeto.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/models.py" line="131" />
        <source>Not a field of the form: {unknown}. Expected: {expected}.</source>
        <translation>Fora dos campos do formulário: {unknown}. Esperados: {expected}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/models.py" line="139" />
        <source>The form's field {key} must be text or a number, not a list or object.</source>
        <translation>O campo {key} do formulário deve ser texto ou número, não uma lista nem um objeto.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/models.py" line="148" />
        <source>'context' must be a JSON object (e.g. {example}).</source>
        <translation>“context” deve ser um objeto JSON (ex.: {example}).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/models.py" line="165" />
        <source>The form's field {name}: {problem}.</source>
        <translation>Campo {name} do formulário: {problem}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/cli.py" line="34" />
        <source>--out must end with .csv or .json.</source>
        <translation>--out deve terminar em .csv ou .json.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/cli.py" line="77" />
        <source>No webhook token is set: store one with `passerelle secret set provet.webhook_token`.</source>
        <translation>Nenhum token de webhook definido: guarde um com `passerelle secret set provet.webhook_token`.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/subscriptions.py" line="41" />
        <source>'{param}' is not a Provet webhook parameter Passerelle follows.</source>
        <translation>“{param}” não é um parâmetro de webhook do Provet que o Passerelle acompanha.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/subscriptions.py" line="47" />
        <source>The department is a Provet department id (1 or more), or empty for all.</source>
        <translation>O departamento é um id de departamento do Provet (1 ou mais), ou vazio para todos.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/subscriptions.py" line="64" />
        <source>Provet Cloud: no webhook token is set (provet.webhook_token).</source>
        <translation>Provet Cloud: nenhum token de webhook definido (provet.webhook_token).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/subscriptions.py" line="69" />
        <source>'{param}' is not a Provet webhook parameter.</source>
        <translation>“{param}” não é um parâmetro de webhook do Provet.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="222" />
        <source>The export file must end in .csv or .xlsx.</source>
        <translation>O arquivo de exportação deve terminar em .csv ou .xlsx.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/export.py" line="90" />
        <source>--format must be csv, xlsx or json.</source>
        <translation>--format deve ser csv, xlsx ou json.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/cli.py" line="39" />
        <source>--form is required (or --resume REQUEST_ID).</source>
        <translation>--form é obrigatório (ou --resume ID_DA_SOLICITAÇÃO).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/browsing.py" line="150" />
        <source>Give the saved query a name.</source>
        <translation>Dê um nome à consulta salva.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="90" />
        <source>The output file must end in .csv or .json.</source>
        <translation>O arquivo de saída deve terminar em .csv ou .json.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="104" />
        <source>{file} must hold one JSON object with the POST body's fields.</source>
        <translation>{file} deve conter um único objeto JSON com os campos do corpo do POST.</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="157" />
        <source>--days is how many days to keep: 0 or more, not {days}.</source>
        <translation>--days é o número de dias a manter: 0 ou mais, não {days}.</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="203" />
        <source>--id: no open item {ids}; `passerelle attention` lists them.</source>
        <translation>--id: nenhum item aberto {ids}; `passerelle attention` os lista.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/prefill.py" line="50" />
        <source>Give an owner number or an animal number, not both.</source>
        <translation>Informe um número de tutor ou um número de animal, não os dois.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/prefill.py" line="60" />
        <source>{source} patient {animal} has no owner to prefill from.</source>
        <translation>O paciente {animal} de {source} não tem tutor para pré-preencher.</translation>
    </message>
    <message>
        <location filename="../../app/ops/alerts.py" line="49" />
        <source>Opening hours: '{part}' should look like 'mon-fri 08:00-19:00'.</source>
        <translation>Horário de funcionamento: “{part}” deve ser como “mon-fri 08:00-19:00”.</translation>
    </message>
    <message>
        <location filename="../../app/ops/alerts.py" line="62" />
        <source>Opening hours: '{span}' should look like 08:00-19:00.</source>
        <translation>Horário de funcionamento: “{span}” deve ser como 08:00-19:00.</translation>
    </message>
    <message>
        <location filename="../../app/ops/alerts.py" line="68" />
        <source>Opening hours: '{span}' ends before it starts.</source>
        <translation>Horário de funcionamento: “{span}” termina antes de começar.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/schema.py" line="271" />
        <source>Unknown Provet Cloud endpoint '{name}': choose one of {choices}.</source>
        <translation>Endpoint do Provet Cloud desconhecido “{name}”: escolha entre {choices}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/webhook_server.py" line="136" />
        <source>The webhook token (provet.webhook_token) must be at least {n} characters with no '/': set a long random one, e.g. with `passerelle secret set provet.webhook_token`.</source>
        <translation>O token de webhook (provet.webhook_token) deve ter pelo menos {n} caracteres, sem “/”: defina um longo e aleatório, ex.: com `passerelle secret set provet.webhook_token`.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/auth.py" line="64" />
        <location filename="../../app/integrations/provet/client.py" line="33" />
        <source>Provet Cloud: the REST API address (provet.base_url) is not set.</source>
        <translation>Provet Cloud: o endereço da API REST (provet.base_url) não está definido.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/auth.py" line="80" />
        <source>Provet Cloud: the REST API address must end with /api/0.1/ (e.g. {example}).</source>
        <translation>Provet Cloud: o endereço da API REST deve terminar em /api/0.1/ (ex.: {example}).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/auth.py" line="116" />
        <source>{service}: the registration lists no loopback redirect address ({listed}); ask Provet Cloud support to add {fallback} to the integration's redirect URIs.</source>
        <translation>{service}: o registro não lista nenhum endereço de redirecionamento local ({listed}); peça ao suporte do Provet Cloud para adicionar {fallback} aos endereços de redirecionamento da integração.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/auth.py" line="152" />
        <source>Provet Cloud: the OAuth2 client id (provet.client_id) is not set.</source>
        <translation>Provet Cloud: o client id OAuth2 (provet.client_id) não está definido.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/auth.py" line="161" />
        <source>Provet Cloud: the client secret is missing; enter it in Connections (it goes to the keyring).</source>
        <translation>Provet Cloud: falta o client secret; informe-o em Conexões (ele vai para o chaveiro).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/auth.py" line="453" />
        <source>{service} ended the session (the sign-in expired or was revoked): click Connect to sign in again.</source>
        <translation>{service} encerrou a sessão (o login expirou ou foi revogado): clique em Conectar para entrar de novo.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/auth.py" line="462" />
        <source>{service} is not connected: click Connect to sign in through the browser.</source>
        <translation>{service} não está conectado: clique em Conectar para entrar pelo navegador.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/auth.py" line="485" />
        <source>{service}: the sign-in redirect address '{address}' is not a loopback address with a port ({example}).</source>
        <translation>{service}: o endereço de redirecionamento do login “{address}” não é um endereço local com porta ({example}).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/auth.py" line="518" />
        <source>The sign-in cannot receive {service}'s answer: port {port} on this computer is in use. Close the program that uses it, or choose another port (provet.redirect_port) that the registration lists, then click Connect again.</source>
        <translation>O login não consegue receber a resposta do {service}: a porta {port} deste computador está em uso. Feche o programa que a usa ou escolha outra porta (provet.redirect_port) que o registro lista e clique em Conectar de novo.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/auth.py" line="546" />
        <source>The sign-in in the browser did not finish in time ({minutes} min; was the browser window closed?). Click Connect to try again.</source>
        <translation>O login no navegador não terminou a tempo ({minutes} min; a janela do navegador foi fechada?). Clique em Conectar para tentar de novo.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/auth.py" line="616" />
        <source>{service}: no sign-in redirect address is set (provet.redirect_port).</source>
        <translation>{service}: nenhum endereço de redirecionamento de login definido (provet.redirect_port).</translation>
    </message>
    <message>
        <location filename="../../app/core/http.py" line="227" />
        <source>The certificate file in network.ca_bundle ({file}) cannot be read: {reason}. Point it at a PEM file, or empty it.</source>
        <translation>O arquivo de certificados de network.ca_bundle ({file}) não pode ser lido: {reason}. Indique um arquivo PEM ou deixe a configuração vazia.</translation>
    </message>
    <message>
        <location filename="../../app/core/http.py" line="243" />
        <source>the file does not exist</source>
        <translation>o arquivo não existe</translation>
    </message>
    <message>
        <location filename="../../app/core/http.py" line="245" />
        <source>this account is not allowed to read it</source>
        <translation>esta conta não tem permissão para lê-lo</translation>
    </message>
    <message>
        <location filename="../../app/core/http.py" line="247" />
        <source>it is a folder, not a file</source>
        <translation>é uma pasta, não um arquivo</translation>
    </message>
    <message>
        <location filename="../../app/core/http.py" line="256" />
        <source>it holds no readable PEM certificate</source>
        <translation>ele não contém nenhum certificado PEM legível</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="27" />
        <source>a value is required</source>
        <translation>um valor é obrigatório</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="28" />
        <source>a whole number is expected, not '{value}'</source>
        <translation>é esperado um número inteiro, não “{value}”</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="29" />
        <source>a number is expected, not '{value}'</source>
        <translation>é esperado um número, não “{value}”</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="30" />
        <source>a finite number is expected, not '{value}'</source>
        <translation>é esperado um número finito, não “{value}”</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="31" />
        <source>true or false is expected, not '{value}'</source>
        <translation>é esperado true ou false, não “{value}”</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="32" />
        <source>at most {le} is allowed, not {value}</source>
        <translation>no máximo {le} é permitido, não {value}</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="33" />
        <source>at least {ge} is required, not {value}</source>
        <translation>no mínimo {ge} é exigido, não {value}</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="34" />
        <source>a value below {lt} is required, not {value}</source>
        <translation>é exigido um valor abaixo de {lt}, não {value}</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="35" />
        <source>a value above {gt} is required, not {value}</source>
        <translation>é exigido um valor acima de {gt}, não {value}</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="36" />
        <source>one of {expected} is expected, not '{value}'</source>
        <translation>é esperado um dos valores {expected}, não “{value}”</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="37" />
        <source>must not be empty</source>
        <translation>não pode ficar vazio</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="38" />
        <source>at least {min_length} characters are expected</source>
        <translation>são esperados pelo menos {min_length} caracteres</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="39" />
        <source>at most {max_length} characters are allowed</source>
        <translation>são permitidos no máximo {max_length} caracteres</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="40" />
        <source>text is expected</source>
        <translation>é esperado um texto</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="41" />
        <source>a list is expected</source>
        <translation>é esperada uma lista</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="42" />
        <source>a JSON object is expected</source>
        <translation>é esperado um objeto JSON</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="43" />
        <source>a date YYYY-MM-DD is expected, not '{value}'</source>
        <translation>é esperada uma data AAAA-MM-DD, não “{value}”</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="44" />
        <source>a date and time YYYY-MM-DDThh:mm:ss is expected, not '{value}'</source>
        <translation>é esperada uma data e hora AAAA-MM-DDThh:mm:ss, não “{value}”</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="45" />
        <source>'{value}' does not have the expected form</source>
        <translation>“{value}” não tem a forma esperada</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="46" />
        <source>is not a known field</source>
        <translation>não é um campo conhecido</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="47" />
        <source>'{value}' cannot be used here</source>
        <translation>“{value}” não pode ser usado aqui</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="127" />
        <location filename="../../app/integrations/omnidoc/fields.py" line="101" />
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="138" />
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="127" />
        <source>'{value}' is not a UTC offset (from -12:00 to +14:00)</source>
        <translation>“{value}” não é um deslocamento UTC (de -12:00 a +14:00)</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="136" />
        <source>unknown time zone '{value}': use a name such as {name} or an offset such as {offset}</source>
        <translation>fuso horário desconhecido “{value}”: use um nome como {name} ou um deslocamento como {offset}</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="155" />
        <source>'{value}' is not a companyId:branchId pair; write them like {example}</source>
        <translation>“{value}” não é um par companyId:branchId; escreva-os como {example}</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="253" />
        <source>must be empty, none, or an address such as {example}</source>
        <translation>deve ficar vazio, ser none ou um endereço como {example}</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="318" />
        <source>Unknown settings section '{section}'. Known: {known}.</source>
        <translation>Seção de configurações desconhecida “{section}”. Seções conhecidas: {known}.</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="340" />
        <source>a value is expected</source>
        <translation>é esperado um valor</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="341" />
        <source>a comma is expected</source>
        <translation>é esperada uma vírgula</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="342" />
        <source>a colon is expected</source>
        <translation>são esperados dois-pontos</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="343" />
        <source>a name in double quotes is expected, or a comma follows the last value</source>
        <translation>é esperado um nome entre aspas duplas, ou há uma vírgula depois do último valor</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="346" />
        <source>more text follows the end of the settings</source>
        <translation>há texto depois do fim das configurações</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="347" />
        <source>a text is not closed by its quote</source>
        <translation>um texto não foi fechado com aspas</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="348" />
        <source>a text holds a line break or a tab</source>
        <translation>um texto contém uma quebra de linha ou uma tabulação</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="349" />
        <source>a backslash must be doubled</source>
        <translation>uma barra invertida deve ser dobrada</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="357" />
        <source>it is not valid JSON</source>
        <translation>não é um JSON válido</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="360" />
        <source>line {line}, column {column}: {problem}</source>
        <translation>linha {line}, coluna {column}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="366" />
        <source>it is not UTF-8 text</source>
        <translation>não é um texto UTF-8</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="386" />
        <source>The settings file {file} cannot be read ({detail}). Fix or delete it.</source>
        <translation>O arquivo de configurações {file} não pode ser lido ({detail}). Corrija-o ou exclua-o.</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="397" />
        <source>The settings file {file} does not hold a JSON object. Fix or delete it.</source>
        <translation>O arquivo de configurações {file} não contém um objeto JSON. Corrija-o ou exclua-o.</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="427" />
        <source>Invalid setting — {problems}.</source>
        <translation>Configuração inválida — {problems}.</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="466" />
        <source>Unknown setting '{key}'. Keys of [{section}]: {keys}.</source>
        <translation>Configuração desconhecida “{key}”. Chaves de [{section}]: {keys}.</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="481" />
        <source>'{key}' is a secret: use 'passerelle secret set {key}'.</source>
        <translation>“{key}” é um segredo: use “passerelle secret set {key}”.</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="491" />
        <source>Invalid {key}: {problems}.</source>
        <translation>Valor inválido para {key}: {problems}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/models.py" line="199" />
        <source>must be a number (the tenant's Provet ID)</source>
        <translation>deve ser um número (o Provet ID da instância)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/models.py" line="200" />
        <source>must be a whole number (the tenant's Provet ID)</source>
        <translation>deve ser um número inteiro (o Provet ID da instância)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/models.py" line="213" />
        <source>must be a finite number, not NaN or infinity</source>
        <translation>deve ser um número finito, não NaN nem infinito</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/models.py" line="227" />
        <source>is too long to keep in the keyring (about {chars} characters at most)</source>
        <translation>é longo demais para o chaveiro (cerca de {chars} caracteres no máximo)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="97" />
        <source>Unknown prescription status {codes}: expected one of {expected}.</source>
        <translation>Status de prescrição desconhecido {codes}: é esperado um destes: {expected}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="104" />
        <source>'{value}' is not an amount</source>
        <translation>“{value}” não é um valor monetário</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="115" />
        <source>the amount {value} must be sent as text or a decimal, not a binary float</source>
        <translation>o valor {value} deve ser enviado como texto ou decimal, não como ponto flutuante binário</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="556" />
        <source>a co-participation item without its id cannot be stored</source>
        <translation>um item de coparticipação sem id não pode ser armazenado</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/models.py" line="77" />
        <source>the act code '{value}' must be 1 to 32 characters among letters, digits, '.', '_' and '-'</source>
        <translation>o código de ato “{value}” deve ter de 1 a 32 caracteres entre letras, dígitos, “.”, “_” e “-”</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/models.py" line="90" />
        <source>the price must not be negative (got {value})</source>
        <translation>o preço não pode ser negativo (recebido {value})</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/models.py" line="153" />
        <source>quantity must not be negative (got {value})</source>
        <translation>a quantidade não pode ser negativa (recebido {value})</translation>
    </message>
    <message>
        <location filename="../../app/ops/shared_database.py" line="24" />
        <source>The address must start with {scheme} (e.g. {example}).</source>
        <translation>O endereço deve começar com {scheme} (por exemplo, {example}).</translation>
    </message>
    <message>
        <location filename="../../app/core/migrations.py" line="50" />
        <source>The database could not be prepared ({kind}: {detail}). Restore the last backup or contact support with the log file.</source>
        <translation>Não foi possível preparar o banco de dados ({kind}: {detail}). Restaure o último backup ou contate o suporte com o arquivo de log.</translation>
    </message>
    <message>
        <location filename="../../app/ops/backup.py" line="35" />
        <source>This desk uses the clinic's shared PostgreSQL database: its backups are the database server's job (pg_dump), not this desk's.</source>
        <translation>Esta estação usa o banco PostgreSQL compartilhado da clínica: os backups dele cabem ao servidor de banco de dados (pg_dump), não a esta estação.</translation>
    </message>
    <message>
        <location filename="../../app/ops/backup.py" line="144" />
        <source>{file} is a folder, not a backup file.</source>
        <translation>{file} é uma pasta, não um arquivo de backup.</translation>
    </message>
    <message>
        <location filename="../../app/ops/backup.py" line="146" />
        <source>{file} does not exist.</source>
        <translation>{file} não existe.</translation>
    </message>
    <message>
        <location filename="../../app/ops/backup.py" line="149" />
        <source>{file} is not a database file.</source>
        <translation>{file} não é um arquivo de banco de dados.</translation>
    </message>
    <message>
        <location filename="../../app/ops/backup.py" line="154" />
        <source>{file} is damaged.</source>
        <translation>{file} está danificado.</translation>
    </message>
    <message>
        <location filename="../../app/ops/backup.py" line="157" />
        <source>{file} is not a Passerelle database.</source>
        <translation>{file} não é um banco de dados do Passerelle.</translation>
    </message>
    <message>
        <location filename="../../app/ops/backup.py" line="165" />
        <source>{file} cannot be read ({detail}).</source>
        <translation>{file} não pode ser lido ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/ops/backup.py" line="174" />
        <source>{file} comes from a newer Passerelle (schema {schema}); install that version or newer to restore it.</source>
        <translation>{file} vem de uma versão mais nova do Passerelle (esquema {schema}); instale essa versão ou uma mais nova para restaurá-lo.</translation>
    </message>
    <message>
        <location filename="../../app/ops/backup.py" line="222" />
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/fields.py" line="110" />
        <source>The request cannot be sent: {problems}</source>
        <translation>O pedido não pode ser enviado: {problems}</translation>
    </message>
    <message>
        <location filename="../../app/core/store_problems.py" line="15" />
        <source>the file is shorter than it should be</source>
        <translation>o arquivo é mais curto do que deveria</translation>
    </message>
    <message>
        <location filename="../../app/core/store_problems.py" line="16" />
        <source>the disk refused a read or a write</source>
        <translation>o disco recusou uma leitura ou uma gravação</translation>
    </message>
    <message>
        <location filename="../../app/core/store_problems.py" line="17" />
        <source>some of its pages are damaged</source>
        <translation>algumas de suas páginas estão danificadas</translation>
    </message>
    <message>
        <location filename="../../app/core/store_problems.py" line="18" />
        <source>it is not a database file</source>
        <translation>não é um arquivo de banco de dados</translation>
    </message>
    <message>
        <location filename="../../app/core/store_problems.py" line="19" />
        <source>the file cannot be opened</source>
        <translation>o arquivo não pode ser aberto</translation>
    </message>
    <message>
        <location filename="../../app/core/store_problems.py" line="20" />
        <source>the file or its folder is read-only</source>
        <translation>o arquivo ou sua pasta é somente leitura</translation>
    </message>
    <message>
        <location filename="../../app/core/store_problems.py" line="21" />
        <source>this account is not allowed to use the file</source>
        <translation>esta conta não tem permissão para usar o arquivo</translation>
    </message>
    <message>
        <location filename="../../app/core/store_problems.py" line="22" />
        <source>the disk is full</source>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <location filename="../../app/core/store_problems.py" line="23" />
        <source>another program holds the file</source>
        <translation>outro programa está usando o arquivo</translation>
    </message>
    <message>
        <location filename="../../app/core/store_problems.py" line="39" />
        <source>the file is missing</source>
        <translation>o arquivo não existe</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/core/store_problems.py" line="59" />
        <source>SQLite's check found %n problem(s) in it</source>
        <translation><numerusform>a verificação do SQLite encontrou %n problema nele</numerusform><numerusform>a verificação do SQLite encontrou %n problemas nele</numerusform></translation>
    </message>
</context>
<context>
    <name>integrations</name>
    <message>
        <location filename="../../app/ui/_strings.py" line="73" />
        <source>Vétélevage</source>
        <translation>Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="74" />
        <source>Provet Cloud</source>
        <translation>Provet Cloud</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="75" />
        <source>Omnidoc</source>
        <translation>Omnidoc</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="76" />
        <source>TOTVS Saúde Planos</source>
        <translation>TOTVS Saúde Planos</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="77" />
        <source>TOTVS RH</source>
        <translation>TOTVS RH</translation>
    </message>
    <message>
        <location filename="../../app/integrations/__init__.py" line="58" />
        <source>Operations</source>
        <translation>Operação</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <location filename="../../app/integrations/omnidoc/service.py" line="228" />
        <source>prefilled request {request} opened in the browser</source>
        <translation>pedido pré-preenchido {request} aberto no navegador</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/service.py" line="402" />
        <source>Omnidoc draft {draft} created</source>
        <translation>Rascunho Omnidoc {draft} criado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/integrations/omnidoc/service.py" line="423" />
        <source>%n file(s) on Omnidoc draft {draft}</source>
        <translation><numerusform>Arquivos no rascunho Omnidoc {draft}: %n</numerusform><numerusform>Arquivos no rascunho Omnidoc {draft}: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/integrations/omnidoc/service.py" line="672" />
        <source>personal data of %n request(s) purged</source>
        <translation><numerusform>dados pessoais de %n pedido apagados</numerusform><numerusform>dados pessoais de %n pedidos apagados</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/service.py" line="462" />
        <source>Omnidoc draft {draft} opened in the browser</source>
        <translation>rascunho Omnidoc {draft} aberto no navegador</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/service.py" line="529" />
        <source>request {request}: an upload got no answer, the files go to a fresh draft</source>
        <translation>pedido {request}: um envio ficou sem resposta, os arquivos vão para um novo rascunho</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/inbox.py" line="209" />
        <source>Provet Cloud notification {what} received; nothing to fetch.</source>
        <translation>Notificação do Provet Cloud {what} recebida; nada a buscar.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/polling.py" line="114" />
        <source>Catch-up poll: {new} new, {updated} changed.</source>
        <translation>Sincronização concluída (novos: {new}; alterados: {updated}).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="53" />
        <source>Co-participation full load of {scope}</source>
        <translation>Carga completa de coparticipação de {scope}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="54" />
        <source>Co-participation incremental load of {scope}</source>
        <translation>Carga incremental de coparticipação de {scope}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="55" />
        <source>Co-participation re-sync of {scope}</source>
        <translation>Ressincronização de coparticipação de {scope}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="397" />
        <source>Co-participation load of {scope} stopped: {error}</source>
        <translation>A carga de coparticipação de {scope} parou: {error}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="399" />
        <source>Co-participation load of {scope} cancelled</source>
        <translation>Carga de coparticipação de {scope} cancelada</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/acts.py" line="191" />
        <source>acts push refused: {error}</source>
        <translation>envio dos atos recusado: {error}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/acts.py" line="195" />
        <source>Acts sent: {sent}, accepted: {accepted}; the server's list now matches the clinic's.</source>
        <translation>Atos enviados: {sent}, aceitos: {accepted}; a lista do servidor agora é igual à da clínica.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/acts.py" line="198" />
        <source>Acts sent: {sent}, accepted: {accepted}; the server's list still differs — only there: {added}; missing there: {removed}; different: {changed}.</source>
        <translation>Atos enviados: {sent}, aceitos: {accepted}; a lista do servidor ainda é diferente — só lá: {added}; faltando lá: {removed}; diferentes: {changed}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/acts.py" line="206" />
        <source>{sent} acts sent, {accepted} accepted; differences after: {diff}</source>
        <translation>{sent} atos enviados, {accepted} aceitos; diferenças depois: {diff}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/importing.py" line="217" />
        <source>import of account {account} failed: {error}</source>
        <translation>a importação da conta {account} falhou: {error}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/importing.py" line="288" />
        <source>batch {lot} acknowledged</source>
        <translation>lote {lot} confirmado</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/importing.py" line="597" />
        <source>batch {lot} of account {account}: {received} received, {new} new, {known} already known, {held} held</source>
        <translation>lote {lot} da conta {account} (visitas recebidas: {received}, novas: {new}, já conhecidas: {known}, retidas: {held})</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/catalogue.py" line="30" />
        <source>{n} clinic products imported</source>
        <translation>{n} produtos da clínica importados</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/catalogue.py" line="224" />
        <source>clinic product {code} added</source>
        <translation>produto da clínica {code} adicionado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/integrations/vetelevage/mapping.py" line="357" />
        <source>product {product} mapped to {code}; %n waiting visit(s) updated</source>
        <translation><numerusform>produto {product} associado a {code}; %n visita em espera atualizada</numerusform><numerusform>produto {product} associado a {code}; %n visitas em espera atualizadas</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/mapping.py" line="409" />
        <source>visit {visit}: product {product} billed as {code} (this visit only)</source>
        <translation>visita {visit}: produto {product} faturado como {code} (só esta visita)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/mapping.py" line="57" />
        <source>{n} mappings imported</source>
        <translation>{n} correspondências importadas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/integrations/vetelevage/ledger.py" line="117" />
        <source>visit {visit} committed: %n billing line(s)</source>
        <translation><numerusform>visita {visit} faturada: %n linha</numerusform><numerusform>visita {visit} faturada: %n linhas</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/ledger.py" line="200" />
        <source>visit {visit} set aside</source>
        <translation>visita {visit} deixada de lado</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/ledger.py" line="282" />
        <source>visit {visit}: correction revision {revision}</source>
        <translation>visita {visit}: correção, revisão {revision}</translation>
    </message>
    <message>
        <location filename="../../app/ops/backup.py" line="56" />
        <source>backup written to {name}</source>
        <translation>backup gravado em {name}</translation>
    </message>
    <message>
        <location filename="../../app/ops/backup.py" line="199" />
        <source>database restored from {source}; previous kept as {kept}</source>
        <translation>banco restaurado de {source}; o anterior foi guardado como {kept}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_saude.py" line="197" />
        <source>Prescription {code} filed</source>
        <translation>Prescrição {code} registrada</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="141" />
        <source>{what}: gave up after {n} attempts; waits for a person</source>
        <translation>{what}: desistiu após {n} tentativas; aguarda uma pessoa</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="234" />
        <source>{kind} {ref} went through on retry</source>
        <translation>{kind} {ref} passou na nova tentativa</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="235" />
        <source>{kind} {ref} marked handled: {comment}</source>
        <translation>{kind} {ref} marcado como tratado: {comment}</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="236" />
        <source>{kind} {ref} marked handled</source>
        <translation>{kind} {ref} marcado como tratado</translation>
    </message>
    <message>
        <location filename="../../app/ops/retention.py" line="62" />
        <source>raw payloads older than {days} days pruned: {n}</source>
        <translation>dados brutos com mais de {days} dias removidos: {n}</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="233" />
        <source>{kind} {ref}: gave up after {n} attempts; waits for a person</source>
        <translation>{kind} {ref}: desistiu após {n} tentativas; aguarda uma pessoa</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/mapping_changes.py" line="201" />
        <source>mapping of {product} to {code} removed; lines changed: {n}</source>
        <translation>correspondência de {product} para {code} excluída; linhas alteradas: {n}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/mapping_changes.py" line="237" />
        <source>product {product} left unmapped on purpose</source>
        <translation>produto {product} deixado sem correspondência de propósito</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/dictionary.py" line="126" />
        <source>dictionary refreshed: {received} read, {added} new, {changed} changed, {removed} removed</source>
        <translation>dicionário atualizado: {received} produtos lidos, {added} novos, {changed} alterados, {removed} removidos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/integrations/provet/browsing.py" line="33" />
        <source>Pulled %n {endpoint} object(s) from Provet Cloud.</source>
        <translation><numerusform>%n objeto {endpoint} baixado do Provet Cloud.</numerusform><numerusform>%n objetos {endpoint} baixados do Provet Cloud.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/integrations/provet/processing.py" line="40" />
        <source>Processed %n Provet Cloud notification(s).</source>
        <translation><numerusform>%n notificação do Provet Cloud processada.</numerusform><numerusform>%n notificações do Provet Cloud processadas.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/integrations/vetelevage/export.py" line="161" />
        <source>export {export} to {file} could not be written; its %n billing line(s) wait for the next export</source>
        <translation><numerusform>a exportação {export} para {file} não pôde ser gravada; %n linha de faturamento aguarda a próxima exportação</numerusform><numerusform>a exportação {export} para {file} não pôde ser gravada; suas %n linhas de faturamento aguardam a próxima exportação</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/integrations/vetelevage/export.py" line="236" />
        <source>export {export}: %n billing line(s) to {file}</source>
        <translation><numerusform>exportação {export}: %n linha de faturamento em {file}</numerusform><numerusform>exportação {export}: %n linhas de faturamento em {file}</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ops/actions.py" line="146" />
        <source>{what}: went through on retry</source>
        <translation>{what}: passou na nova tentativa</translation>
    </message>
    <message>
        <location filename="../../app/ops/actions.py" line="188" />
        <source>{what}: marked handled ({comment})</source>
        <translation>{what}: marcado como tratado ({comment})</translation>
    </message>
    <message>
        <location filename="../../app/ops/actions.py" line="190" />
        <source>{what}: marked handled</source>
        <translation>{what}: marcado como tratado</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="137" />
        <source>database restored from {source}; damaged one kept as {kept}</source>
        <translation>banco restaurado de {source}; o danificado foi guardado como {kept}</translation>
    </message>
    <message>
        <location filename="../../app/ops/support.py" line="79" />
        <source>support report written to {name}</source>
        <translation>relatório de suporte gravado em {name}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/connection.py" line="112" />
        <source>Connected to Provet Cloud ({grant}).</source>
        <translation>Conectado ao Provet Cloud ({grant}).</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="311" />
        <source>secret {key} changed</source>
        <translation>segredo {key} alterado</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="362" />
        <source>settings changed: {section}</source>
        <translation>configurações alteradas: {section}</translation>
    </message>
</context>
<context>
    <name>self.model</name>
    <message>
        <location filename="../../app/ui/attention_view.py" line="157" />
        <source>Next try {when}</source>
        <translation>Próxima tentativa {when}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attention_view.py" line="158" />
        <source>Gave up after %n attempt(s)</source>
        <translation><numerusform>Desistiu após %n tentativa</numerusform><numerusform>Desistiu após %n tentativas</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="159" />
        <source>Waits for a person</source>
        <translation>Aguarda uma pessoa</translation>
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
        <translation>Id de cliente do editor</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="15" />
        <source>Editor client secret</source>
        <translation>Segredo de cliente do editor</translation>
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
        <translation>Um id de conta, ou todas as contas vinculadas.</translation>
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
        <source>Sign-in redirect port</source>
        <translation>Porta de retorno do login</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="29" />
        <source>Receive webhooks</source>
        <translation>Receber webhooks</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="30" />
        <source>Webhook listen address</source>
        <translation>Endereço de escuta dos webhooks</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="31" />
        <source>Webhook port</source>
        <translation>Porta dos webhooks</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="32" />
        <source>Webhook path token</source>
        <translation>Token do caminho dos webhooks</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="33" />
        <source>Catch-up poll every N minutes (0: off)</source>
        <translation>Recuperação a cada N minutos (0: desligado)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="34" />
        <source>Catch-up overlap (minutes)</source>
        <translation>Sobreposição da recuperação (minutos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="35" />
        <source>Provet Cloud.</source>
        <translation>Provet Cloud.</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="36" />
        <source>Database URL</source>
        <translation>URL do banco de dados</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="37" />
        <source>Empty: the SQLite file in the data dir.</source>
        <translation>Vazio: o arquivo SQLite na pasta de dados.</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="38" />
        <source>Database password</source>
        <translation>Senha do banco de dados</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="39" />
        <source>Local store: SQLite in the data dir, or a clinic's shared PostgreSQL.</source>
        <translation>Armazenamento: SQLite na pasta de dados, ou o PostgreSQL compartilhado da clínica.</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="40" />
        <source>Omnidoc address</source>
        <translation>Endereço do Omnidoc</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="41" />
        <source>Or https://playground.omnidoc.fr</source>
        <translation>Ou https://playground.omnidoc.fr</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="42" />
        <source>API token</source>
        <translation>Token da API</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="43" />
        <source>Author RPPS (11 digits)</source>
        <translation>RPPS do autor (11 dígitos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="44" />
        <source>Keep personal data in history (days)</source>
        <translation>Manter dados pessoais no histórico (dias)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="45" />
        <source>Omnidoc teleexpertise.</source>
        <translation>Teleperícia Omnidoc.</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="46" />
        <source>Protheus REST address</source>
        <translation>Endereço REST do Protheus</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="47" />
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="48" />
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="49" />
        <source>Health insurer code</source>
        <translation>Código da operadora</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="50" />
        <source>TOTVS Saúde Planos (Protheus).</source>
        <translation>TOTVS Saúde Planos (Protheus).</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="51" />
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="52" />
        <source>Companies and branches</source>
        <translation>Empresas e filiais</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="53" />
        <source>companyId:branchId pairs that exist in Protheus, comma-separated, e.g. T1:D MG 01, T2:01</source>
        <translation>Pares companyId:branchId existentes no Protheus, separados por vírgula, ex.: T1:D MG 01, T2:01</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="54" />
        <source>Protheus server time zone</source>
        <translation>Fuso horário do servidor Protheus</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="55" />
        <source>Protheus compares datemodified in its own local time. Empty: this computer's time zone; or a name such as America/Sao_Paulo, or an offset such as -03:00.</source>
        <translation>O Protheus compara datemodified no seu próprio horário local. Vazio: o fuso deste computador; ou um nome como America/Sao_Paulo, ou um deslocamento como -03:00.</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="57" />
        <source>Incremental overlap (days)</source>
        <translation>Sobreposição incremental (dias)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="58" />
        <source>Protheus filters by payment date: each load of changes asks again from this many days before the previous load; rows received twice are kept once.</source>
        <translation>O Protheus filtra pela data de pagamento: cada carga de alterações pede de novo a partir deste número de dias antes da carga anterior; linhas recebidas duas vezes são mantidas uma vez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="56" />
        <source>Page size</source>
        <translation>Tamanho da página</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="59" />
        <source>TOTVS RH (GPEA003API).</source>
        <translation>TOTVS RH (GPEA003API).</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="60" />
        <source>Keep raw payloads (days)</source>
        <translation>Manter dados brutos (dias)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="61" />
        <source>Backup every N hours (0: off)</source>
        <translation>Backup a cada N horas (0: desligado)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="62" />
        <source>Backups kept</source>
        <translation>Backups mantidos</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="63" />
        <source>Clinic opening hours</source>
        <translation>Horário de funcionamento da clínica</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="64" />
        <source>Alert when an integration fails for (minutes)</source>
        <translation>Alertar quando uma integração falha há (minutos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="65" />
        <source>Alert when no visits imported for (working days)</source>
        <translation>Alertar sem visitas importadas há (dias úteis)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="66" />
        <source>One daily digest instead of immediate alerts</source>
        <translation>Um resumo diário em vez de alertas imediatos</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="67" />
        <source>Operations: retention, backups, alerts.</source>
        <translation>Operação: retenção, backups, alertas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="68" />
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="69" />
        <source>Empty: the system's (HTTPS_PROXY, or Windows' Internet Options); none: direct; or http://host:port</source>
        <translation>Vazio: o do sistema (HTTPS_PROXY, ou as Opções da Internet do Windows); none: direto; ou http://host:porta</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="70" />
        <source>Extra trusted certificates (PEM file)</source>
        <translation>Certificados confiáveis adicionais (arquivo PEM)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="71" />
        <source>Trusted besides the public authorities, e.g. a firewall's inspection certificate.</source>
        <translation>Confiáveis além das autoridades públicas, ex.: o certificado de inspeção de um firewall.</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="72" />
        <source>How the APIs are reached. TLS certificates are always verified.</source>
        <translation>Como as APIs são acessadas. Os certificados TLS são sempre verificados.</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../app/integrations/omnidoc/service.py" line="117" />
        <source>The prefilled URL works; set the API token to send files.</source>
        <translation>A URL pré-preenchida funciona; defina o token da API para enviar arquivos.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/connection.py" line="144" />
        <source>Provet Cloud is not set up yet.</source>
        <translation>O Provet Cloud ainda não está configurado.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/connection.py" line="154" />
        <source>{n} notification(s) could not be processed.</source>
        <translation>Notificações não processadas: {n}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="719" />
        <source>Set the TOTVS RH address and user in Connections.</source>
        <translation>Informe o endereço e o usuário do TOTVS RH em Conexões.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="733" />
        <source>No co-participation load yet.</source>
        <translation>Nenhuma carga de coparticipação até agora.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="738" />
        <source>The last load stopped: {reason}</source>
        <translation>A última carga parou: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="743" />
        <source>Co-participation loaded.</source>
        <translation>Coparticipação carregada.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_saude.py" line="368" />
        <source>Set the TOTVS Saúde address and user in Connections.</source>
        <translation>Informe o endereço e o usuário do TOTVS Saúde em Conexões.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_saude.py" line="380" />
        <source>{n} prescription(s) sent without an answer: send them again.</source>
        <translation>Prescrições enviadas sem resposta: {n}. Envie-as de novo.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_saude.py" line="382" />
        <source>Ready to list and file prescriptions.</source>
        <translation>Pronto para consultar e registrar prescrições.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/connection.py" line="100" />
        <source>Set the editor credentials in Connections.</source>
        <translation>Informe as credenciais de editor em Conexões.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/connection.py" line="111" />
        <source>The import of {accounts} failed: see Needs attention.</source>
        <translation>A importação de {accounts} falhou: veja Requer atenção.</translation>
    </message>
</context>
<context>
    <name>validators</name>
    <message>
        <location filename="../../app/core/validators.py" line="46" />
        <source>The NIR's check key (its last 2 digits) is wrong.</source>
        <translation>A chave do NIR (seus 2 últimos dígitos) está errada.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="47" />
        <source>The NIR may hold only digits (and 2A or 2B for Corsica).</source>
        <translation>O NIR contém apenas dígitos (e 2A ou 2B para a Córsega).</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="50" />
        <source>A part of the NIR is impossible.</source>
        <translation>Uma parte do NIR é impossível.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="59" />
        <source>NIR must have 15 characters (13 + 2-digit key), got {count}.</source>
        <translation>O NIR deve ter 15 caracteres (13 + chave de 2 dígitos); foram digitados {count}.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="66" />
        <source>The NIR is not valid.</source>
        <translation>O NIR não é válido.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="76" />
        <source>The NIR's first digit does not match the gender.</source>
        <translation>O primeiro dígito do NIR não corresponde ao sexo.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="77" />
        <source>The NIR's birth year does not match the birth date.</source>
        <translation>O ano de nascimento do NIR não corresponde à data de nascimento.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="78" />
        <source>The NIR's birth month does not match the birth date.</source>
        <translation>O mês de nascimento do NIR não corresponde à data de nascimento.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="111" />
        <source>RPPS must be 11 digits.</source>
        <translation>O RPPS deve ter 11 dígitos.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="125" />
        <source>INSEE commune code must be 5 characters (e.g. 35238, 2A004).</source>
        <translation>O código de município INSEE deve ter 5 caracteres (ex.: 35238, 2A004).</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="145" />
        <source>Phone number must have 10 digits (e.g. 06 12 34 56 78), got {count}.</source>
        <translation>O número de telefone deve ter 10 dígitos (ex.: 06 12 34 56 78); foram digitados {count}.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="191" />
        <source>Write the date as DD/MM/YYYY (e.g. 12/03/1990) or YYYY-MM-DD.</source>
        <translation>Escreva a data como DD/MM/AAAA (ex.: 12/03/1990) ou AAAA-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="196" />
        <source>This day does not exist in the calendar.</source>
        <translation>Este dia não existe no calendário.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="203" />
        <source>The birth date is in the future.</source>
        <translation>A data de nascimento está no futuro.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="226" />
        <source>GTIN must have 8, 12, 13 or 14 digits.</source>
        <translation>O GTIN deve ter 8, 12, 13 ou 14 dígitos.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="237" />
        <source>CNPJ must have 14 characters.</source>
        <translation>O CNPJ deve ter 14 caracteres.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="252" />
        <source>Date must be YYYY-MM-DD.</source>
        <translation>A data deve ser AAAA-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="256" />
        <source>{name} is not valid: the check key is wrong.</source>
        <translation>{name} não é válido: o dígito verificador está errado.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="257" />
        <source>{name} is not valid: wrong length.</source>
        <translation>{name} não é válido: comprimento errado.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="258" />
        <source>{name} is not valid: wrong format.</source>
        <translation>{name} não é válido: formato errado.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="259" />
        <source>{name} is not valid: a part of it is impossible.</source>
        <translation>{name} não é válido: uma parte dele é impossível.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="265" />
        <source>{name} is not valid.</source>
        <translation>{name} não é válido.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/fields.py" line="54" />
        <source>Gender must be M or F.</source>
        <translation>O sexo deve ser M ou F.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/fields.py" line="61" />
        <source>E-mail address is not valid.</source>
        <translation>O endereço de e-mail não é válido.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/fields.py" line="79" />
        <source>Birth order must be 1 digit.</source>
        <translation>A ordem de nascimento deve ter 1 dígito.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/fields.py" line="80" />
        <source>Regime must be 2 digits.</source>
        <translation>O regime deve ter 2 dígitos.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/fields.py" line="81" />
        <source>Centre must be 4 digits.</source>
        <translation>O centro deve ter 4 dígitos.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/fields.py" line="82" />
        <source>Caisse must be 3 digits.</source>
        <translation>A caisse deve ter 3 dígitos.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/fields.py" line="83" />
        <source>Gestion must be 2 digits.</source>
        <translation>A gestão deve ter 2 dígitos.</translation>
    </message>
</context>
<context>
    <name>vetelevage</name>
    <message>
        <location filename="../../app/integrations/vetelevage/evaluation.py" line="42" />
        <source>Unknown act code {code}: add it to the acts list (or push the list again).</source>
        <translation>Código de ato desconhecido {code}: adicione-o à lista de atos (ou envie a lista novamente).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/evaluation.py" line="45" />
        <source>Product {product} ({id}) was left unmapped on purpose{note}: map it or set the visit aside.</source>
        <translation>Produto {product} ({id}) deixado sem associação de propósito{note}: associe-o ou deixe a visita de lado.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/evaluation.py" line="49" />
        <source>Product {product} ({id}) is not mapped to a clinic product.</source>
        <translation>O produto {product} ({id}) não está associado a um produto da clínica.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/evaluation.py" line="50" />
        <source>The visit has no act and no product.</source>
        <translation>A visita não tem ato nem produto.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/evaluation.py" line="51" />
        <source>Looks like a duplicate of {visits} (same breeder, same day).</source>
        <translation>Parece uma duplicata de {visits} (mesmo criador, mesmo dia).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/evaluation.py" line="52" />
        <source>Quantity 0 for {what}.</source>
        <translation>Quantidade 0 para {what}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/evaluation.py" line="53" />
        <source>Quantity {qty} for {what} looks wrong.</source>
        <translation>A quantidade {qty} para {what} parece errada.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/reconciliation.py" line="36" />
        <source>Ready to commit.</source>
        <translation>Pronta para faturar.</translation>
    </message>
</context>
</TS>
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name></name>
    <message>
        <source>The %1 “%2” was added on both sides (uids %3 and %4); they are merged as one record.</source>
        <translation>O registro de %1 “%2” foi adicionado nas duas cópias (uids %3 e %4); eles são fundidos em um só registro.</translation>
    </message>
    <message>
        <source>%1 gives the uid %2 to two records of different kinds (%3 and %4): the copy is damaged, so it is not merged</source>
        <translation>%1 atribui o uid %2 a dois registros de tipos diferentes (%3 e %4): a cópia está danificada e, por isso, não é fundida</translation>
    </message>
    <message>
        <source>The %1 “%2” added in theirs was not kept: the record it belongs to was removed in ours.</source>
        <translation>O registro de %1 “%2” adicionado na outra cópia não foi mantido: o registro ao qual pertence foi removido nesta.</translation>
    </message>
    <message>
        <source>The %1 “%2”, which theirs moved out of the %3 “%4” before removing it, could not be moved first and was removed with it.</source>
        <translation>O registro de %1 “%2”, que a outra cópia retirou do registro de %3 “%4” antes de removê-lo, não pôde ser movido antes e foi removido com ele.</translation>
    </message>
    <message>
        <source>The %1 “%2” was moved in theirs under a record removed in ours; it stays where ours has it.</source>
        <translation>O registro de %1 “%2” foi movido na outra cópia para um registro removido nesta; ele fica onde está nesta cópia.</translation>
    </message>
    <message>
        <source>%1 is the forum file itself; choose the other copy to merge</source>
        <translation>%1 é o próprio arquivo do fórum; escolha a outra cópia para fundir</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Forum Desk (format %2; this version knows format %3): merge it with that version</source>
        <translation>%1 foi gravado por uma versão mais recente do Forum Desk (formato %2; esta versão conhece o formato %3): faça a fusão com essa versão</translation>
    </message>
    <message>
        <source>%1 is a copy of another forum (forum uid %2, not %3); merging it would mix two forums, so it is refused unless forced</source>
        <translation>%1 é uma cópia de outro fórum (uid do fórum %2, não %3); fundi-la misturaria dois fóruns, por isso ela é recusada, salvo se a fusão for forçada</translation>
    </message>
    <message>
        <source>Merged %1: %2 added, %3 changed, %4 removed, %5 conflicts</source>
        <translation>Fusão de %1: %2 adicionados, %3 alterados, %4 removidos, %5 conflitos</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1 “%2”: %3</translation>
    </message>
    <message>
        <source>%1 of “%2”: kept %3, not kept %4</source>
        <translation>%1 de “%2”: mantido %3, não mantido %4</translation>
    </message>
</context>
<context>
    <name>ActionItemFollowUp</name>
    <message>
        <source>An action item is closed as done or cancelled, not “%1”</source>
        <translation>Uma tarefa é encerrada como concluída ou cancelada, não como “%1”</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>%1 is recorded as absent from this meeting.</source>
        <translation>%1 consta como ausente nesta reunião.</translation>
    </message>
    <message>
        <source>%1 is recorded as excused from this meeting.</source>
        <translation>%1 consta com ausência justificada nesta reunião.</translation>
    </message>
    <message>
        <source>%1 is not on this meeting&apos;s attendance list.</source>
        <translation>%1 não está na lista de presença desta reunião.</translation>
    </message>
    <message>
        <source>%1 is neither a member of the forum on the meeting&apos;s day nor one of its guests.</source>
        <translation>%1 não é membro do fórum na data da reunião nem figura entre os convidados.</translation>
    </message>
</context>
<context>
    <name>AssessmentRating</name>
    <message>
        <source>it is not verifiable</source>
        <translation>não é verificável</translation>
    </message>
    <message>
        <source>it is relevant to technology and innovation only, which counts only together with access to information, civic participation or public accountability</source>
        <translation>só é relevante para tecnologia e inovação, que conta apenas em conjunto com acesso à informação, participação cidadã ou prestação de contas</translation>
    </message>
    <message>
        <source>it is not relevant to access to information, civic participation or public accountability</source>
        <translation>não é relevante para o acesso à informação, a participação cidadã nem a prestação de contas</translation>
    </message>
    <message>
        <source>its potential impact is “%1”, not moderate or transformative</source>
        <translation>seu impacto potencial é “%1”, não moderado nem transformador</translation>
    </message>
    <message>
        <source>its potential for results is “%1”, not substantial</source>
        <translation>seu potencial de resultados é “%1”, não substancial</translation>
    </message>
    <message>
        <source>its potential impact has not been assessed</source>
        <translation>seu impacto potencial não foi avaliado</translation>
    </message>
    <message>
        <source>its completion has not been assessed</source>
        <translation>seu nível de conclusão não foi avaliado</translation>
    </message>
    <message>
        <source>its completion is “%1”, not substantial or complete</source>
        <translation>seu nível de conclusão é “%1”, não substancial nem concluído</translation>
    </message>
    <message>
        <source>Not starred: %1.</source>
        <translation>Não é compromisso estrela: %1.</translation>
    </message>
</context>
<context>
    <name>AttendanceSheet</name>
    <message>
        <source>Give the name of the alternate who represents %1</source>
        <translation>Informe o nome do(a) suplente que representa %1</translation>
    </message>
</context>
<context>
    <name>ChangeRecorder</name>
    <message>
        <source>Cannot record the changes</source>
        <translation>Não é possível registrar as alterações</translation>
    </message>
    <message>
        <source>Cannot undo the changes</source>
        <translation>Não é possível desfazer as alterações</translation>
    </message>
    <message>
        <source>The change cannot be undone or redone: the records it wrote have changed since (%1)</source>
        <translation>A alteração não pode ser desfeita nem refeita: os registros que ela gravou foram alterados depois disso (%1)</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>A chart is between 16 and 20000 pixels wide and high, not %1 × %2</source>
        <translation>Um gráfico tem entre 16 e 20000 pixels de largura e de altura, não %1 × %2</translation>
    </message>
    <message>
        <source>Cannot encode the chart as PNG</source>
        <translation>Não é possível codificar o gráfico como PNG</translation>
    </message>
    <message>
        <source>A chart made with Forum Desk</source>
        <translation>Um gráfico feito com o Forum Desk</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>Commitment completion per plan</source>
        <translation>Nível de conclusão dos compromissos por plano</translation>
    </message>
    <message>
        <source>Plan progress over time</source>
        <translation>Progresso do plano ao longo do tempo</translation>
    </message>
    <message>
        <source>Progress by lead agency</source>
        <translation>Progresso por órgão responsável</translation>
    </message>
    <message>
        <source>Progress by OGP value</source>
        <translation>Progresso por valor da OGP</translation>
    </message>
    <message>
        <source>Milestones due and done</source>
        <translation>Marcos previstos e cumpridos</translation>
    </message>
    <message>
        <source>Meeting attendance by sector</source>
        <translation>Presença nas reuniões por setor</translation>
    </message>
    <message>
        <source>Co-creation: contributions received, answered and incorporated</source>
        <translation>Cocriação: contribuições recebidas, respondidas e incorporadas</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Não avaliado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Milestones due</source>
        <translation>Marcos previstos</translation>
    </message>
    <message>
        <source>Milestones done</source>
        <translation>Marcos cumpridos</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contribuições</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebidas</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <source>Incorporated</source>
        <translation>Incorporadas</translation>
    </message>
    <message>
        <source>Access to information</source>
        <translation>Acesso à informação</translation>
    </message>
    <message>
        <source>Civic participation</source>
        <translation>Participação cidadã</translation>
    </message>
    <message>
        <source>Public accountability</source>
        <translation>Prestação de contas</translation>
    </message>
    <message>
        <source>Technology and innovation</source>
        <translation>Tecnologia e inovação</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plano de ação</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromissos</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Progresso (%)</translation>
    </message>
    <message>
        <source>No lead agency</source>
        <translation>Sem órgão responsável</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Órgão responsável</translation>
    </message>
    <message>
        <source>OGP value</source>
        <translation>Valor da OGP</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Marcos</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>People present</source>
        <translation>Pessoas presentes</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Speaking time at meetings by sector</source>
        <translation>Tempo de fala nas reuniões por setor</translation>
    </message>
    <message>
        <source>Minutes spoken</source>
        <translation>Minutos de fala</translation>
    </message>
</context>
<context>
    <name>CheckConstraints</name>
    <message>
        <source>row %1 of %2 breaks the rule CHECK (%3)</source>
        <translation>a linha %1 de %2 viola a regra CHECK (%3)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Draw one of a plan&apos;s charts to a PNG or SVG file.</source>
        <translation>Desenha um dos gráficos de um plano em um arquivo PNG ou SVG.</translation>
    </message>
    <message>
        <source>Write a meeting&apos;s minutes or notice, the plan draft, the reasoned-response report, the progress report with its charts, the OGP standards (compliance) report or the end-of-term self-assessment report (pdf, odt, html, md), invitations (ics), or open data (csv, json, or a data package folder).</source>
        <translation>Gera a ata ou a convocação de uma reunião, a minuta do plano, o relatório de respostas fundamentadas, o relatório de progresso com seus gráficos, o relatório de conformidade com os padrões da OGP ou o relatório final de autoavaliação (pdf, odt, html, md), convites (ics) ou dados abertos (csv, json ou uma pasta com o pacote de dados).</translation>
    </message>
    <message>
        <source>Write the forum&apos;s public website into a folder: home, meetings and minutes, plans and commitments, contributions and responses, documents, open data, a feed and search; it opens from disk.</source>
        <translation>Gera o site público do fórum em uma pasta: página inicial, reuniões e atas, planos e compromissos, contribuições e respostas, documentos, dados abertos, um feed de novidades e busca; ele abre a partir do disco.</translation>
    </message>
    <message>
        <source>new needs --name NAME</source>
        <translation>new precisa de --name NAME</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; use a full name such as America/Lima</source>
        <translation>“%1” não é um fuso horário; use um nome completo, como America/Sao_Paulo</translation>
    </message>
    <message>
        <source>Created %1 (time zone %2)
</source>
        <translation>%1 criado (fuso horário %2)
</translation>
    </message>
    <message>
        <source>--size is small or large, not “%1”</source>
        <translation>--size é small ou large, não “%1”</translation>
    </message>
    <message>
        <source>Created the sample forum %1
</source>
        <translation>Fórum de exemplo %1 criado
</translation>
    </message>
    <message>
        <source>No problems found in %1
</source>
        <translation>Nenhum problema encontrado em %1
</translation>
    </message>
    <message>
        <source>list takes plans, commitments, meetings, members or contributions, not “%1”</source>
        <translation>list aceita plans, commitments, meetings, members ou contributions, não “%1”</translation>
    </message>
    <message>
        <source>Saved a copy to %1
</source>
        <translation>Cópia salva em %1
</translation>
    </message>
    <message>
        <source>%1 already exists; give another name, or add --force to replace it</source>
        <translation>%1 já existe; informe outro nome ou adicione --force para substituí-lo</translation>
    </message>
    <message>
        <source>--prefer is ours, theirs or newer, not “%1”</source>
        <translation>--prefer é ours, theirs ou newer, não “%1”</translation>
    </message>
    <message>
        <source>%1 is of an earlier format (%2): a dry run writes nothing, so it cannot bring it up to date; merge without --dry-run (a copy of it is kept first)</source>
        <translation>%1 está em um formato anterior (%2): uma simulação não grava nada e, portanto, não pode atualizá-lo; faça a fusão sem --dry-run (antes, uma cópia dele é guardada)</translation>
    </message>
    <message>
        <source>%1 cannot be merged into: %2</source>
        <translation>Não é possível fazer a fusão em %1: %2</translation>
    </message>
    <message>
        <source>the report cannot be written to %1: %2</source>
        <translation>não é possível gravar o relatório em %1: %2</translation>
    </message>
    <message>
        <source>Create a new, empty forum file.</source>
        <translation>Cria um arquivo de fórum novo e vazio.</translation>
    </message>
    <message>
        <source>The forum&apos;s name.</source>
        <translation>O nome do fórum.</translation>
    </message>
    <message>
        <source>The forum&apos;s language: es, en, fr or pt.</source>
        <translation>O idioma do fórum: es, en, fr ou pt.</translation>
    </message>
    <message>
        <source>Where the forum meets, such as America/Lima; meeting times and invitations use it (default: this computer&apos;s, %1).</source>
        <translation>Fuso horário onde o fórum se reúne, como America/Sao_Paulo; os horários das reuniões e os convites o utilizam (padrão: o deste computador, %1).</translation>
    </message>
    <message>
        <source>Write the fictional sample forum.</source>
        <translation>Gera o fórum fictício de exemplo.</translation>
    </message>
    <message>
        <source>small (default), or large: a decade of a big forum.</source>
        <translation>small (padrão) ou large: uma década de um fórum grande.</translation>
    </message>
    <message>
        <source>Print the file&apos;s format version, forum and record counts as JSON.</source>
        <translation>Mostra em JSON a versão do formato do arquivo, o fórum e a contagem de registros.</translation>
    </message>
    <message>
        <source>Check integrity, structure and data rules; one line per problem.</source>
        <translation>Verifica a integridade, a estrutura e as regras dos dados; uma linha por problema.</translation>
    </message>
    <message>
        <source>Print plans, commitments, meetings, members or contributions as JSON.</source>
        <translation>Mostra em JSON planos, compromissos, reuniões, membros ou contribuições.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the forum file.</source>
        <translation>Grava uma cópia consistente do arquivo do fórum.</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>Substitui OUT se já existir.</translation>
    </message>
    <message>
        <source>Merge THEIRS, another copy of the same forum, into OURS, field by field; THEIRS is not changed.</source>
        <translation>Funde THEIRS, outra cópia do mesmo fórum, em OURS, campo a campo; THEIRS não é alterado.</translation>
    </message>
    <message>
        <source>Show what the merge would do; write nothing.</source>
        <translation>Mostra o que a fusão faria; não grava nada.</translation>
    </message>
    <message>
        <source>Settle conflicts by keeping ours, taking theirs, or taking the newer change; without it, a merge with conflicts writes nothing and exits with 5.</source>
        <translation>Resolve os conflitos mantendo os desta cópia (ours), adotando os da outra (theirs) ou a alteração mais recente (newer); sem esta opção, uma fusão com conflitos não grava nada e termina com o código 5.</translation>
    </message>
    <message>
        <source>Write the full report to FILE: Markdown, or JSON when FILE ends in .json.</source>
        <translation>Grava o relatório completo em FILE: Markdown, ou JSON quando FILE termina em .json.</translation>
    </message>
    <message>
        <source>Merge even a copy of another forum.</source>
        <translation>Funde mesmo uma cópia de outro fórum.</translation>
    </message>
    <message>
        <source>Usage: forumdesk-cli [--lang L] COMMAND [OPTIONS] ARGUMENTS
Forum Desk for the command line. Commands:
</source>
        <translation>Uso: forumdesk-cli [--lang L] COMANDO [OPÇÕES] ARGUMENTOS
Forum Desk para a linha de comando. Comandos:
</translation>
    </message>
    <message>
        <source>Run forumdesk-cli COMMAND --help for a command&apos;s options.
Exit codes: 0 ok, 1 problems found, 2 usage error, 3 file cannot be opened, 4 output cannot be written, 5 merge conflicts left unresolved.
</source>
        <translation>Execute forumdesk-cli COMANDO --help para ver as opções de um comando.
Códigos de saída: 0 ok, 1 problemas encontrados, 2 erro de uso, 3 não é possível abrir o arquivo, 4 não é possível gravar a saída, 5 conflitos de fusão não resolvidos.
</translation>
    </message>
    <message>
        <source>unknown command “%1”; run forumdesk-cli --help</source>
        <translation>comando desconhecido “%1”; execute forumdesk-cli --help</translation>
    </message>
    <message>
        <source>%1 takes %2; run forumdesk-cli %1 --help</source>
        <translation>%1 recebe %2; execute forumdesk-cli %1 --help</translation>
    </message>
    <message>
        <source>--licence is one of %1, not “%2”</source>
        <translation>--licence é uma destas: %1, não “%2”</translation>
    </message>
    <message>
        <source>export needs -o OUT, the file or folder to write</source>
        <translation>export precisa de -o OUT, o arquivo ou a pasta a gravar</translation>
    </message>
    <message>
        <source>export data takes --format csv, json or package (a folder), not “%1”</source>
        <translation>export data aceita --format csv, json ou package (uma pasta), não “%1”</translation>
    </message>
    <message>
        <source>--plan is an action plan&apos;s id (see forumdesk-cli list plans), not “%1”</source>
        <translation>--plan é o id de um plano de ação (veja forumdesk-cli list plans), não “%1”</translation>
    </message>
    <message>
        <source>--table goes with --format csv</source>
        <translation>--table é usado com --format csv</translation>
    </message>
    <message>
        <source>Cannot make the folder %1</source>
        <translation>Não é possível criar a pasta %1</translation>
    </message>
    <message>
        <source>--table is one of %1, not “%2”</source>
        <translation>--table é uma destas: %1, não “%2”</translation>
    </message>
    <message>
        <source>Wrote %1
</source>
        <translation>%1 gravado
</translation>
    </message>
    <message>
        <source>chart needs --plan ID (see forumdesk-cli list plans)</source>
        <translation>chart precisa de --plan ID (veja forumdesk-cli list plans)</translation>
    </message>
    <message>
        <source>chart needs -o OUT, a .png or .svg file to write</source>
        <translation>chart precisa de -o OUT, um arquivo .png ou .svg a gravar</translation>
    </message>
    <message>
        <source>chart writes .png or .svg files, not “%1”</source>
        <translation>chart grava arquivos .png ou .svg, não “%1”</translation>
    </message>
    <message>
        <source>--%1 is a number of pixels from 16 to 20000, not “%2”</source>
        <translation>--%1 é um número de pixels de 16 a 20000, não “%2”</translation>
    </message>
    <message>
        <source>there is no action plan with id %1 in %2</source>
        <translation>não há nenhum plano de ação com id %1 em %2</translation>
    </message>
    <message>
        <source>--on goes with export compliance</source>
        <translation>--on é usado com export compliance</translation>
    </message>
    <message>
        <source>--table and --licence go with export data</source>
        <translation>--table e --licence são usados com export data</translation>
    </message>
    <message>
        <source>export takes minutes, notice, ics, plan, responses, progress, compliance, self-assessment or data, not “%1”</source>
        <translation>export aceita minutes, notice, ics, plan, responses, progress, compliance, self-assessment ou data, não “%1”</translation>
    </message>
    <message>
        <source>--on is a date between 1900-01-01 and 2199-12-31 written YYYY-MM-DD, not “%1”</source>
        <translation>--on é uma data entre 1900-01-01 e 2199-12-31 escrita como AAAA-MM-DD, não “%1”</translation>
    </message>
    <message>
        <source>export needs -o OUT, the file to write</source>
        <translation>export precisa de -o OUT, o arquivo a gravar</translation>
    </message>
    <message>
        <source>--format is pdf, odt, html or md, not “%1”</source>
        <translation>--format é pdf, odt, html ou md, não “%1”</translation>
    </message>
    <message>
        <source>--upcoming goes with export ics</source>
        <translation>--upcoming é usado com export ics</translation>
    </message>
    <message>
        <source>export %1 needs --plan ID (see forumdesk-cli list plans)</source>
        <translation>export %1 precisa de --plan ID (veja forumdesk-cli list plans)</translation>
    </message>
    <message>
        <source>export %1 needs --meeting ID (see forumdesk-cli list meetings)</source>
        <translation>export %1 precisa de --meeting ID (veja forumdesk-cli list meetings)</translation>
    </message>
    <message>
        <source>there is no meeting with id %1 in %2</source>
        <translation>não há nenhuma reunião com id %1 em %2</translation>
    </message>
    <message>
        <source>publish needs -o DIR, the folder to write the website into</source>
        <translation>publish precisa de -o DIR, a pasta onde gravar o site</translation>
    </message>
    <message>
        <source>Published the website in %1: %2 files written, %3 unchanged, %4 removed
</source>
        <translation>Site publicado em %1: %2 arquivos gravados, %3 sem alterações, %4 removidos
</translation>
    </message>
    <message numerus="yes">
        <source>Recorded the publication of the minutes of %n meeting(s)
</source>
        <translation>
            <numerusform>Registrada a publicação da ata de %n reunião
</numerusform>
            <numerusform>Registrada a publicação das atas de %n reuniões
</numerusform>
        </translation>
    </message>
    <message>
        <source>The action plan&apos;s id (see list plans).</source>
        <translation>O id do plano de ação (veja list plans).</translation>
    </message>
    <message>
        <source>The .png or .svg file to write.</source>
        <translation>O arquivo .png ou .svg a gravar.</translation>
    </message>
    <message>
        <source>Width in pixels (default 800).</source>
        <translation>Largura em pixels (padrão 800).</translation>
    </message>
    <message>
        <source>Height in pixels (default 500).</source>
        <translation>Altura em pixels (padrão 500).</translation>
    </message>
    <message>
        <source>The folder to write the website into.</source>
        <translation>A pasta onde gravar o site.</translation>
    </message>
    <message>
        <source>The licence of the open data: CC-BY-4.0 (default), CC0-1.0, CC-BY-SA-4.0, ODC-By-1.0 or ODbL-1.0.</source>
        <translation>A licença dos dados abertos: CC-BY-4.0 (padrão), CC0-1.0, CC-BY-SA-4.0, ODC-By-1.0 ou ODbL-1.0.</translation>
    </message>
    <message>
        <source>Do not record the publication of the minutes the website shows (the file is only read).</source>
        <translation>Não registra a publicação das atas que o site mostra (o arquivo é apenas lido).</translation>
    </message>
    <message>
        <source>The meeting&apos;s id (see list meetings).</source>
        <translation>O id da reunião (veja list meetings).</translation>
    </message>
    <message>
        <source>The action plan&apos;s id (see list plans); with data, only that plan.</source>
        <translation>O id do plano de ação (veja list plans); com data, apenas esse plano.</translation>
    </message>
    <message>
        <source>pdf, odt, html or md; csv, json or package (a folder) for data (default: from OUT&apos;s suffix).</source>
        <translation>pdf, odt, html ou md; csv, json ou package (uma pasta) para data (padrão: pela extensão de OUT).</translation>
    </message>
    <message>
        <source>With data as csv: the table to write (default progress_updates).</source>
        <translation>Com data em csv: a tabela a gravar (padrão progress_updates).</translation>
    </message>
    <message>
        <source>With data: the licence it is published under (default CC-BY-4.0).</source>
        <translation>Com data: a licença sob a qual os dados são publicados (padrão CC-BY-4.0).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>O arquivo a gravar.</translation>
    </message>
    <message>
        <source>With ics: every meeting still to come.</source>
        <translation>Com ics: todas as reuniões ainda por realizar.</translation>
    </message>
    <message>
        <source>With compliance: the day to check the standards on (default: today).</source>
        <translation>Com compliance: o dia em que os padrões são verificados (padrão: hoje).</translation>
    </message>
    <message>
        <source>%1 is missing beside forumdesk-cli; reinstall Forum Desk</source>
        <translation>%1 não está junto ao forumdesk-cli; reinstale o Forum Desk</translation>
    </message>
    <message>
        <source>%1 cannot be started</source>
        <translation>não é possível iniciar %1</translation>
    </message>
    <message>
        <source>The language of messages: es, en, fr or pt.</source>
        <translation>O idioma das mensagens: es, en, fr ou pt.</translation>
    </message>
    <message>
        <source>a forum is written in es, en, fr or pt, not “%1”</source>
        <translation>um fórum é escrito em es, en, fr ou pt, não em “%1”</translation>
    </message>
    <message>
        <source>the sample forum exists in es, en, fr and pt, not “%1”</source>
        <translation>o fórum de exemplo existe em es, en, fr e pt, não em “%1”</translation>
    </message>
    <message>
        <source>The sample&apos;s language: es (default), en, fr or pt.</source>
        <translation>O idioma do exemplo: es (padrão), en, fr ou pt.</translation>
    </message>
    <message>
        <source>the website is written in es, en, fr or pt, not “%1”</source>
        <translation>o site é gerado em es, en, fr ou pt, não em “%1”</translation>
    </message>
    <message>
        <source>The language of messages and chart labels: es, en, fr or pt.</source>
        <translation>O idioma das mensagens e dos rótulos dos gráficos: es, en, fr ou pt.</translation>
    </message>
    <message>
        <source>The website&apos;s language: es, en, fr or pt (default: the forum&apos;s).</source>
        <translation>O idioma do site: es, en, fr ou pt (padrão: o do fórum).</translation>
    </message>
    <message>
        <source>--kind is completion, timeline, agencies, values, milestones, attendance, cocreation or speaking, not “%1”</source>
        <translation>--kind aceita completion, timeline, agencies, values, milestones, attendance, cocreation ou speaking, não “%1”</translation>
    </message>
    <message>
        <source>completion, timeline, agencies, values, milestones, attendance, cocreation or speaking.</source>
        <translation>completion, timeline, agencies, values, milestones, attendance, cocreation ou speaking.</translation>
    </message>
</context>
<context>
    <name>CoCreationSummary</name>
    <message>
        <source>No contributions were received.</source>
        <translation>Nenhuma contribuição foi recebida.</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) were received</source>
        <translation>
            <numerusform>%n contribuição foi recebida</numerusform>
            <numerusform>%n contribuições foram recebidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n have a reasoned response</source>
        <translation>
            <numerusform>%n tem resposta fundamentada</numerusform>
            <numerusform>%n têm resposta fundamentada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were incorporated in full or in part</source>
        <translation>
            <numerusform>%n foi incorporada total ou parcialmente</numerusform>
            <numerusform>%n foram incorporadas total ou parcialmente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3, %4, %5.</source>
        <translation>%1: %2, %3, %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) received</source>
        <translation>
            <numerusform>%n contribuição recebida</numerusform>
            <numerusform>%n contribuições recebidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answered</source>
        <translation>
            <numerusform>%n respondida</numerusform>
            <numerusform>%n respondidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting a response</source>
        <translation>
            <numerusform>%n aguardando resposta</numerusform>
            <numerusform>%n aguardando resposta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incorporated in full or in part</source>
        <translation>
            <numerusform>%n incorporada total ou parcialmente</numerusform>
            <numerusform>%n incorporadas total ou parcialmente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not incorporated</source>
        <translation>
            <numerusform>%n não incorporada</numerusform>
            <numerusform>%n não incorporadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Change “%1”</source>
        <translation>Alterar “%1”</translation>
    </message>
    <message>
        <source>Mark “%1” as met</source>
        <translation>Marcar “%1” como cumprido</translation>
    </message>
    <message>
        <source>Mark “%1” as not met</source>
        <translation>Marcar “%1” como não cumprido</translation>
    </message>
    <message>
        <source>Change the evidence for “%1”</source>
        <translation>Alterar a evidência de “%1”</translation>
    </message>
    <message>
        <source>Add member %1</source>
        <translation>Adicionar o membro %1</translation>
    </message>
    <message>
        <source>Edit member %1</source>
        <translation>Editar o membro %1</translation>
    </message>
    <message>
        <source>Remove member %1</source>
        <translation>Remover o membro %1</translation>
    </message>
    <message>
        <source>Add meeting “%1”</source>
        <translation>Adicionar a reunião “%1”</translation>
    </message>
    <message>
        <source>Change “%1” of “%2”</source>
        <translation>Alterar “%1” de “%2”</translation>
    </message>
    <message>
        <source>Mark “%1” held</source>
        <translation>Marcar “%1” como realizada</translation>
    </message>
    <message>
        <source>Start the minutes of “%1”</source>
        <translation>Iniciar a ata de “%1”</translation>
    </message>
    <message>
        <source>Approve the minutes of “%1”</source>
        <translation>Aprovar a ata de “%1”</translation>
    </message>
    <message>
        <source>Publish the minutes of “%1”</source>
        <translation>Publicar a ata de “%1”</translation>
    </message>
    <message>
        <source>Cancel “%1”</source>
        <translation>Cancelar “%1”</translation>
    </message>
    <message>
        <source>Plan “%1” again</source>
        <translation>Reprogramar “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Record the publication of the minutes of %n meeting(s) on the website</source>
        <translation>
            <numerusform>Registrar a publicação da ata de %n reunião no site</numerusform>
            <numerusform>Registrar a publicação das atas de %n reuniões no site</numerusform>
        </translation>
    </message>
    <message>
        <source>Add agenda item “%1”</source>
        <translation>Adicionar o item “%1” à pauta</translation>
    </message>
    <message>
        <source>Edit the minutes of “%1”</source>
        <translation>Editar a ata do item “%1”</translation>
    </message>
    <message>
        <source>Edit agenda item “%1”</source>
        <translation>Editar o item “%1” da pauta</translation>
    </message>
    <message>
        <source>Move agenda item “%1” up</source>
        <translation>Subir o item “%1”</translation>
    </message>
    <message>
        <source>Move agenda item “%1” down</source>
        <translation>Descer o item “%1”</translation>
    </message>
    <message>
        <source>Remove agenda item “%1”</source>
        <translation>Remover o item “%1” da pauta</translation>
    </message>
    <message>
        <source>Mark %1 present</source>
        <translation>Marcar %1 como presente</translation>
    </message>
    <message>
        <source>Mark %1 attending remotely</source>
        <translation>Marcar %1 como presente remotamente</translation>
    </message>
    <message>
        <source>Mark %1 excused</source>
        <translation>Marcar ausência justificada de %1</translation>
    </message>
    <message>
        <source>Mark %1 absent</source>
        <translation>Marcar %1 como ausente</translation>
    </message>
    <message>
        <source>Mark %1 represented by %2</source>
        <translation>Marcar %1 como representado(a) por %2</translation>
    </message>
    <message>
        <source>Clear the attendance of %1</source>
        <translation>Limpar a presença de %1</translation>
    </message>
    <message>
        <source>Add guest %1</source>
        <translation>Adicionar o(a) convidado(a) %1</translation>
    </message>
    <message>
        <source>Remove guest %1</source>
        <translation>Remover o(a) convidado(a) %1</translation>
    </message>
    <message>
        <source>Add decision “%1”</source>
        <translation>Adicionar a decisão “%1”</translation>
    </message>
    <message>
        <source>Edit decision “%1”</source>
        <translation>Editar a decisão “%1”</translation>
    </message>
    <message>
        <source>Remove decision “%1”</source>
        <translation>Remover a decisão “%1”</translation>
    </message>
    <message>
        <source>Add action item “%1”</source>
        <translation>Adicionar a tarefa “%1”</translation>
    </message>
    <message>
        <source>Edit action item “%1”</source>
        <translation>Editar a tarefa “%1”</translation>
    </message>
    <message>
        <source>Mark action item “%1” done</source>
        <translation>Marcar a tarefa “%1” como concluída</translation>
    </message>
    <message>
        <source>Cancel action item “%1”</source>
        <translation>Cancelar a tarefa “%1”</translation>
    </message>
    <message>
        <source>Reopen action item “%1”</source>
        <translation>Reabrir a tarefa “%1”</translation>
    </message>
    <message>
        <source>Remove action item “%1”</source>
        <translation>Remover a tarefa “%1”</translation>
    </message>
    <message>
        <source>Add action plan “%1”</source>
        <translation>Adicionar o plano de ação “%1”</translation>
    </message>
    <message>
        <source>Edit action plan “%1”</source>
        <translation>Editar o plano de ação “%1”</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Passar “%1” para %2</translation>
    </message>
    <message>
        <source>Add contribution</source>
        <translation>Adicionar contribuição</translation>
    </message>
    <message>
        <source>Add the contribution of %1</source>
        <translation>Adicionar a contribuição de %1</translation>
    </message>
    <message>
        <source>Answer a contribution</source>
        <translation>Responder a uma contribuição</translation>
    </message>
    <message>
        <source>Answer the contribution of %1</source>
        <translation>Responder à contribuição de %1</translation>
    </message>
    <message>
        <source>Edit a contribution</source>
        <translation>Editar uma contribuição</translation>
    </message>
    <message>
        <source>Edit the contribution of %1</source>
        <translation>Editar a contribuição de %1</translation>
    </message>
    <message>
        <source>Remove a contribution</source>
        <translation>Remover uma contribuição</translation>
    </message>
    <message>
        <source>Remove the contribution of %1</source>
        <translation>Remover a contribuição de %1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n contribution(s) from “%1”</source>
        <translation>
            <numerusform>Importar %n contribuição de “%1”</numerusform>
            <numerusform>Importar %n contribuições de “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Add commitment “%1”</source>
        <translation>Adicionar o compromisso “%1”</translation>
    </message>
    <message>
        <source>Edit commitment “%1”</source>
        <translation>Editar o compromisso “%1”</translation>
    </message>
    <message>
        <source>Remove commitment “%1”</source>
        <translation>Remover o compromisso “%1”</translation>
    </message>
    <message>
        <source>Cite practices in “%1”</source>
        <translation>Citar práticas em “%1”</translation>
    </message>
    <message>
        <source>Add milestone “%1”</source>
        <translation>Adicionar o marco “%1”</translation>
    </message>
    <message>
        <source>Edit milestone “%1”</source>
        <translation>Editar o marco “%1”</translation>
    </message>
    <message>
        <source>Move milestone “%1”</source>
        <translation>Mover o marco “%1”</translation>
    </message>
    <message>
        <source>Remove milestone “%1”</source>
        <translation>Remover o marco “%1”</translation>
    </message>
    <message>
        <source>Add progress update (%1 %) to “%2”</source>
        <translation>Registrar progresso (%1 %) em “%2”</translation>
    </message>
    <message>
        <source>Set the completion level of “%1”</source>
        <translation>Definir o nível de conclusão de “%1”</translation>
    </message>
    <message>
        <source>Record the IRM&apos;s assessment of “%1”</source>
        <translation>Registrar a avaliação do IRM sobre “%1”</translation>
    </message>
    <message>
        <source>Self-assess “%1”</source>
        <translation>Autoavaliar “%1”</translation>
    </message>
    <message>
        <source>Add lesson “%1”</source>
        <translation>Adicionar a lição “%1”</translation>
    </message>
    <message>
        <source>Edit lesson “%1”</source>
        <translation>Editar a lição “%1”</translation>
    </message>
    <message>
        <source>Remove lesson “%1”</source>
        <translation>Remover a lição “%1”</translation>
    </message>
    <message>
        <source>Carry lesson “%1” into “%2”</source>
        <translation>Levar a lição “%1” para “%2”</translation>
    </message>
    <message>
        <source>Take back lesson “%1”</source>
        <translation>Retirar a lição “%1”</translation>
    </message>
    <message>
        <source>Merge “%1”</source>
        <translation>Fundir “%1”</translation>
    </message>
    <message>
        <source>Undo of “%1”</source>
        <translation>Reversão de “%1”</translation>
    </message>
</context>
<context>
    <name>CommitmentReview</name>
    <message>
        <source>“%1” is empty</source>
        <translation>O campo “%1” não foi preenchido</translation>
    </message>
    <message>
        <source>The start and end dates are not set</source>
        <translation>As datas de início e término não foram informadas</translation>
    </message>
    <message>
        <source>The dates fall outside the plan&apos;s period (%1 to %2)</source>
        <translation>As datas ficam fora do período do plano (de %1 a %2)</translation>
    </message>
    <message>
        <source>Technology and innovation counts for OGP only together with access to information, civic participation or public accountability</source>
        <translation>Para a OGP, tecnologia e inovação só contam em conjunto com acesso à informação, participação cidadã ou prestação de contas</translation>
    </message>
    <message>
        <source>No OGP value is chosen</source>
        <translation>Nenhum valor da OGP foi escolhido</translation>
    </message>
    <message>
        <source>No policy area is chosen</source>
        <translation>Nenhuma área de política foi escolhida</translation>
    </message>
    <message>
        <source>The commitment has no milestones</source>
        <translation>O compromisso não tem marcos</translation>
    </message>
    <message>
        <source>Milestone %1 has no start or end date</source>
        <translation>O marco %1 não tem data de início ou de término</translation>
    </message>
    <message>
        <source>Milestone %1 runs %2 to %3, outside the plan&apos;s period</source>
        <translation>O marco %1 vai de %2 a %3, fora do período do plano</translation>
    </message>
    <message>
        <source>Milestone %1 runs %2 to %3, outside the commitment&apos;s dates</source>
        <translation>O marco %1 vai de %2 a %3, fora das datas do compromisso</translation>
    </message>
    <message>
        <source>Milestone %1 has no expected output</source>
        <translation>O marco %1 não tem produto esperado</translation>
    </message>
</context>
<context>
    <name>ComplianceReport</name>
    <message>
        <source>OGP standards compliance report</source>
        <translation>Relatório de conformidade com os padrões da OGP</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plano de ação</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Data da verificação</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Each rule below is evaluated from the forum&apos;s own records: its members, meetings, contributions and plan. Where a rule is not met or at risk, the next step says what to do.</source>
        <translation>Cada requisito abaixo é avaliado a partir dos próprios registros do fórum: seus membros, reuniões, contribuições e plano. Quando um requisito não é cumprido ou está em risco, o próximo passo indica o que fazer.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Minimum requirements and calendar</source>
        <translation>Requisitos mínimos e calendário</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidência</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo passo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>The IRM&apos;s questions</source>
        <translation>As perguntas do IRM</translation>
    </message>
    <message>
        <source>The Independent Reporting Mechanism (IRM) answers these questions in its own review. For each, what the IRM looks for and the forum&apos;s figures that bear on it.</source>
        <translation>O Mecanismo Independente de Avaliação (IRM) responde a estas perguntas em sua própria análise. Para cada uma, o que o IRM examina e os números do fórum relacionados a ela.</translation>
    </message>
    <message>
        <source>What the IRM looks for</source>
        <translation>O que o IRM examina</translation>
    </message>
</context>
<context>
    <name>ConsistencyCheck</name>
    <message>
        <source>the file has %1 forum records instead of one</source>
        <translation>o arquivo tem %1 registros de fórum em vez de um</translation>
    </message>
    <message>
        <source>commitment %1 (number %2) runs %3 to %4, outside its plan&apos;s period %5 to %6</source>
        <translation>o compromisso %1 (número %2) vai de %3 a %4, fora do período de seu plano, de %5 a %6</translation>
    </message>
    <message>
        <source>milestone %1 of commitment %2 runs %3 to %4, outside the commitment&apos;s dates %5 to %6</source>
        <translation>o marco %1 do compromisso %2 vai de %3 a %4, fora das datas do compromisso, de %5 a %6</translation>
    </message>
    <message>
        <source>decision %1 at “%2” counts %3 votes, but only %4 voting members were present</source>
        <translation>a decisão %1 em “%2” conta %3 votos, mas apenas %4 membros com direito a voto estavam presentes</translation>
    </message>
    <message>
        <source>contribution %1 is marked “%2” but has no reasoned response with its date</source>
        <translation>a contribuição %1 está marcada como “%2”, mas não tem resposta fundamentada com data</translation>
    </message>
    <message>
        <source>the minutes of meeting %1 (“%2”) are marked approved, but no later meeting approving them is recorded</source>
        <translation>a ata da reunião %1 (“%2”) consta como aprovada, mas não há registro de uma reunião posterior que a tenha aprovado</translation>
    </message>
    <message>
        <source>member %1 (%2) is recorded as their own alternate</source>
        <translation>o membro %1 (%2) consta como seu próprio suplente</translation>
    </message>
    <message>
        <source>progress update %1 of milestone %2 is dated %3, before the milestone starts (%4)</source>
        <translation>a atualização de progresso %1 do marco %2 tem data de %3, anterior ao início do marco (%4)</translation>
    </message>
    <message>
        <source>the agenda of meeting %1 is not numbered in order (%2 items, last position %3)</source>
        <translation>a pauta da reunião %1 não está numerada em ordem (%2 itens, última posição %3)</translation>
    </message>
    <message>
        <source>the milestones of commitment %1 are not numbered in order (%2 milestones, last position %3)</source>
        <translation>os marcos do compromisso %1 não estão numerados em ordem (%2 marcos, última posição %3)</translation>
    </message>
</context>
<context>
    <name>ContributionImport</name>
    <message>
        <source>Already in the forum</source>
        <translation>Já está no fórum</translation>
    </message>
    <message>
        <source>Same as row %1</source>
        <translation>Igual à linha %1</translation>
    </message>
    <message>
        <source>%1 is %2 MB; Forum Desk imports contribution files of up to %3 MB. Split it into smaller files and import each.</source>
        <translation>%1 tem %2 MB; o Forum Desk importa arquivos de contribuições de até %3 MB. Divida-o em arquivos menores e importe cada um.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>The file is not a CSV file: it holds binary data (a spreadsheet&apos;s own format, perhaps). Save it as “CSV” from the spreadsheet and import that file.</source>
        <translation>O arquivo não é um arquivo CSV: contém dados binários (talvez o formato próprio de uma planilha). Salve-o como “CSV” no programa de planilhas e importe esse arquivo.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>O arquivo está vazio.</translation>
    </message>
    <message>
        <source>No column holds the contributions&apos; text (name it “text” or “texto”).</source>
        <translation>Nenhuma coluna contém o texto das contribuições (dê a ela o nome “text” ou “texto”).</translation>
    </message>
    <message>
        <source>No column holds the date received (name it “date” or “fecha”).</source>
        <translation>Nenhuma coluna contém a data de recebimento (dê a ela o nome “date” ou “fecha”).</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: %3</source>
        <translation>Linha %1, coluna “%2”: %3</translation>
    </message>
    <message>
        <source>Row %1: the text is not in UTF-8; save the file as “CSV UTF-8” and import it again</source>
        <translation>Linha %1: o texto não está em UTF-8; salve o arquivo como “CSV UTF-8” e importe-o novamente</translation>
    </message>
    <message>
        <source>Row %1: this row is in UTF-8, the rest of the file in %2; it is read as UTF-8, check its accents below</source>
        <translation>Linha %1: esta linha está em UTF-8 e o restante do arquivo em %2; ela é lida como UTF-8, confira a acentuação abaixo</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: looks like a spreadsheet formula; it is kept as plain text</source>
        <translation>Linha %1, coluna “%2”: parece uma fórmula de planilha; é mantida como texto simples</translation>
    </message>
    <message>
        <source>the contribution&apos;s text is empty</source>
        <translation>o texto da contribuição está vazio</translation>
    </message>
    <message>
        <source>“%1” is not a date (write it as 2025-03-31 or 31/03/2025)</source>
        <translation>“%1” não é uma data (escreva-a como 2025-03-31 ou 31/03/2025)</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>“%1” não é um destes valores: %2</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>The file has a header but no contributions.</source>
        <translation>O arquivo tem cabeçalho, mas nenhuma contribuição.</translation>
    </message>
    <message>
        <source>Row %1: duplicate, already in the forum</source>
        <translation>Linha %1: duplicada, já está no fórum</translation>
    </message>
    <message>
        <source>Row %1: duplicate, the same as row %2</source>
        <translation>Linha %1: duplicada, igual à linha %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) must be fixed first.</source>
        <translation>
            <numerusform>Nada foi importado: antes é preciso corrigir %n problema.</numerusform>
            <numerusform>Nada foi importado: antes é preciso corrigir %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: every row is a duplicate or has a problem.</source>
        <translation>Nada foi importado: todas as linhas estão duplicadas ou têm algum problema.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contribution(s) from a CSV file</source>
        <translation>
            <numerusform>%n contribuição importada de um arquivo CSV</numerusform>
            <numerusform>%n contribuições importadas de um arquivo CSV</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Contributor</name>
    <message>
        <source>A citizen</source>
        <translation>Um cidadão ou cidadã</translation>
    </message>
    <message>
        <source>A participant from %1</source>
        <translation>Uma pessoa de %1</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anônimo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the disk is full</source>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>o arquivo ou sua pasta é somente leitura</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>o arquivo está danificado (%1)</translation>
    </message>
    <message>
        <source>the file is busy in another program, which held it for more than %1 seconds; try again in a moment</source>
        <translation>o arquivo está ocupado por outro programa, que o reteve por mais de %1 segundos; tente novamente em instantes</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is not open</source>
        <translation>%1 não está aberto</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A label before its value, &quot;Date:&quot; (French typography: &quot;Date :&quot;, with a no-break space).</extracomment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>DocumentWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>é uma pasta</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>a pasta não existe</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>não foi possível iniciar o PDF</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>não foi possível concluir o PDF</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>contribution</source>
        <translation>contribuição</translation>
    </message>
    <message>
        <source>link between a contribution and a commitment</source>
        <translation>vínculo entre uma contribuição e um compromisso</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>avaliação</translation>
    </message>
    <message>
        <source>eligibility criterion</source>
        <translation>critério de elegibilidade</translation>
    </message>
    <message>
        <source>forum</source>
        <translation>fórum</translation>
    </message>
    <message>
        <source>joining record</source>
        <translation>registro de adesão</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membro</translation>
    </message>
    <message>
        <source>progress update</source>
        <translation>atualização de progresso</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>lição</translation>
    </message>
    <message>
        <source>practice cited by a commitment</source>
        <translation>prática citada por um compromisso</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>tarefa</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>item da pauta</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>presença</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decisão</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>reunião</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>voto</translation>
    </message>
    <message>
        <source>action plan</source>
        <translation>plano de ação</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>compromisso</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>marco</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>intervenção</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Action plan</source>
        <translation>Plano de ação</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Recebida em</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor(a)</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribuição</translation>
    </message>
    <message>
        <source>Raised at meeting</source>
        <translation>Apresentada na reunião</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Reasoned response</source>
        <translation>Resposta fundamentada</translation>
    </message>
    <message>
        <source>Responded on</source>
        <translation>Respondida em</translation>
    </message>
    <message>
        <source>Agrees to be named</source>
        <translation>Aceita ser identificado(a)</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromisso</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Avaliado em</translation>
    </message>
    <message>
        <source>Verifiable</source>
        <translation>Verificável</translation>
    </message>
    <message>
        <source>Relevant to access to information</source>
        <translation>Relevante para o acesso à informação</translation>
    </message>
    <message>
        <source>Relevant to civic participation</source>
        <translation>Relevante para a participação cidadã</translation>
    </message>
    <message>
        <source>Relevant to public accountability</source>
        <translation>Relevante para a prestação de contas</translation>
    </message>
    <message>
        <source>Relevant to technology and innovation</source>
        <translation>Relevante para tecnologia e inovação</translation>
    </message>
    <message>
        <source>Potential for results</source>
        <translation>Potencial de resultados</translation>
    </message>
    <message>
        <source>Potential impact</source>
        <translation>Impacto potencial</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Nível de conclusão</translation>
    </message>
    <message>
        <source>Did it open government?</source>
        <translation>Contribuiu para abrir o governo?</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Access to information</source>
        <translation>Acesso à informação</translation>
    </message>
    <message>
        <source>Civic participation</source>
        <translation>Participação cidadã</translation>
    </message>
    <message>
        <source>Public accountability</source>
        <translation>Prestação de contas</translation>
    </message>
    <message>
        <source>Technology and innovation</source>
        <translation>Tecnologia e inovação</translation>
    </message>
    <message>
        <source>Lead implementing agency</source>
        <translation>Órgão responsável</translation>
    </message>
    <message>
        <source>Completion level</source>
        <translation>Nível de conclusão</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Marco</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Item da pauta</translation>
    </message>
    <message>
        <source>Approves action plan</source>
        <translation>Aprova o plano de ação</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critério</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumprido</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidência</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Verificado em</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Âmbito</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdição</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source>Terms of reference</source>
        <translation>Termos de referência</translation>
    </message>
    <message>
        <source>Rules of participation</source>
        <translation>Regras de participação</translation>
    </message>
    <message>
        <source>Decision rule</source>
        <translation>Regra de decisão</translation>
    </message>
    <message>
        <source>Quorum (percent of voting members)</source>
        <translation>Quórum (percentual dos membros com direito a voto)</translation>
    </message>
    <message>
        <source>Quorum needs both government and civil society</source>
        <translation>O quórum exige governo e sociedade civil</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Document repository</source>
        <translation>Repositório de documentos</translation>
    </message>
    <message>
        <source>Point of contact</source>
        <translation>Ponto de contato</translation>
    </message>
    <message>
        <source>Point of contact email</source>
        <translation>E-mail do ponto de contato</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>Fundado em</translation>
    </message>
    <message>
        <source>Letter of intent sent on</source>
        <translation>Carta de intenção enviada em</translation>
    </message>
    <message>
        <source>Joined OGP on</source>
        <translation>Adesão à OGP em</translation>
    </message>
    <message>
        <source>Point of contact institution</source>
        <translation>Instituição do ponto de contato</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gênero</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Term start</source>
        <translation>Início do mandato</translation>
    </message>
    <message>
        <source>Term end</source>
        <translation>Fim do mandato</translation>
    </message>
    <message>
        <source>Voting member</source>
        <translation>Membro com direito a voto</translation>
    </message>
    <message>
        <source>Alternate for</source>
        <translation>Suplente de</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Informado em</translation>
    </message>
    <message>
        <source>Percent complete</source>
        <translation>Percentual concluído</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Relato</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Informado por</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lição</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendação</translation>
    </message>
    <message>
        <source>Carried into plan</source>
        <translation>Levada ao plano</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Prática</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Owner (member)</source>
        <translation>Responsável (membro)</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Encerrada em</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Apresentador(a)</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Duração (minutos)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Ata</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presença</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Representado(a) por</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Convidado(a)</translation>
    </message>
    <message>
        <source>Role at the meeting</source>
        <translation>Função na reunião</translation>
    </message>
    <message>
        <source>Had a vote at the meeting</source>
        <translation>Com direito a voto na reunião</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Majority required</source>
        <translation>Maioria exigida</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>Votos a favor</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>Votos contra</translation>
    </message>
    <message>
        <source>Abstentions</source>
        <translation>Abstenções</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Session number</source>
        <translation>Número da sessão</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Término</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Link da videochamada</translation>
    </message>
    <message>
        <source>Notice sent on</source>
        <translation>Convocação enviada em</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidência</translation>
    </message>
    <message>
        <source>Chair name</source>
        <translation>Nome de quem preside</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretaria</translation>
    </message>
    <message>
        <source>Secretary name</source>
        <translation>Nome de quem secretaria</translation>
    </message>
    <message>
        <source>Minutes approved at</source>
        <translation>Ata aprovada em</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Publicada em</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Voto</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Início do período</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fim do período</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Enviado em</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introdução</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Término</translation>
    </message>
    <message>
        <source>Supporting actors (government)</source>
        <translation>Atores envolvidos (governo)</translation>
    </message>
    <message>
        <source>Supporting actors (civil society, private sector, others)</source>
        <translation>Atores envolvidos (sociedade civil, setor privado, outros)</translation>
    </message>
    <message>
        <source>Public problem</source>
        <translation>Problema público</translation>
    </message>
    <message>
        <source>Status quo</source>
        <translation>Situação atual</translation>
    </message>
    <message>
        <source>Commitment description</source>
        <translation>Descrição do compromisso</translation>
    </message>
    <message>
        <source>How it solves the problem</source>
        <translation>Como resolve o problema</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Orçamento</translation>
    </message>
    <message>
        <source>Links to other plans and the SDGs</source>
        <translation>Vínculos com outros planos e com os ODS</translation>
    </message>
    <message>
        <source>Frontiers</source>
        <translation>Fronteiras</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Reason for the completion level</source>
        <translation>Motivo do nível de conclusão</translation>
    </message>
    <message>
        <source>Brief description</source>
        <translation>Descrição breve</translation>
    </message>
    <message>
        <source>Causes of the problem</source>
        <translation>Causas do problema</translation>
    </message>
    <message>
        <source>Expected results</source>
        <translation>Resultados esperados</translation>
    </message>
    <message>
        <source>How it promotes transparency</source>
        <translation>Como promove a transparência</translation>
    </message>
    <message>
        <source>How it fosters accountability</source>
        <translation>Como fortalece a prestação de contas</translation>
    </message>
    <message>
        <source>How it improves citizen participation</source>
        <translation>Como melhora a participação cidadã</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Pessoa de contato</translation>
    </message>
    <message>
        <source>Contact&apos;s title and department</source>
        <translation>Cargo e unidade do contato</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation>E-mail do contato</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>Telefone do contato</translation>
    </message>
    <message>
        <source>Policy areas</source>
        <translation>Áreas de política</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Taken up at</source>
        <translation>Iniciado às</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Encerrado às</translation>
    </message>
    <message>
        <source>Seconds paused</source>
        <translation>Segundos em pausa</translation>
    </message>
    <message>
        <source>Arrived at</source>
        <translation>Chegada às</translation>
    </message>
    <message>
        <source>Left at</source>
        <translation>Saída às</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Tomada às</translation>
    </message>
    <message>
        <source>Voting members present when taken</source>
        <translation>Membros com direito a voto presentes na tomada da decisão</translation>
    </message>
    <message>
        <source>Quorum required when taken</source>
        <translation>Quórum exigido na tomada da decisão</translation>
    </message>
    <message>
        <source>Quorum met when taken</source>
        <translation>Quórum atingido na tomada da decisão</translation>
    </message>
    <message>
        <source>Vote still open</source>
        <translation>Votação ainda aberta</translation>
    </message>
    <message>
        <source>Time limit (seconds)</source>
        <translation>Tempo máximo (segundos)</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Iniciada às</translation>
    </message>
    <message>
        <source>Ended at</source>
        <translation>Encerrada às</translation>
    </message>
    <message>
        <source>Actually began</source>
        <translation>Início efetivo</translation>
    </message>
    <message>
        <source>Actually ended</source>
        <translation>Término efetivo</translation>
    </message>
    <message>
        <source>Paused since</source>
        <translation>Em pausa desde</translation>
    </message>
</context>
<context>
    <name>FileEntry</name>
    <message>
        <source>missing</source>
        <translation>inexistente</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>um arquivo</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>uma pasta</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>um link simbólico</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>um pipe nomeado (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>um dispositivo</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>um socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>algo que não é um arquivo comum</translation>
    </message>
    <message>
        <source>it is larger than %1 MB</source>
        <translation>tem mais de %1 MB</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>não pode ser lido</translation>
    </message>
</context>
<context>
    <name>ForumFile</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
    <message>
        <source>it is not a Forum Desk forum file (not an SQLite database)</source>
        <translation>não é um arquivo de fórum do Forum Desk (não é um banco de dados SQLite)</translation>
    </message>
    <message>
        <source>it is an SQLite database, but not a Forum Desk forum file</source>
        <translation>é um banco de dados SQLite, mas não um arquivo de fórum do Forum Desk</translation>
    </message>
    <message>
        <source>it is an SQLite database of another application (application id 0x%1)</source>
        <translation>é um banco de dados SQLite de outro aplicativo (identificador de aplicativo 0x%1)</translation>
    </message>
    <message>
        <source>another program switched it to write-ahead logging (WAL), which Forum Desk does not use because it is unsafe on shared folders; switch it back with that program (PRAGMA journal_mode=DELETE) or open a copy saved before</source>
        <translation>outro programa o passou para o registro de escrita antecipada (WAL), que o Forum Desk não usa por não ser seguro em pastas compartilhadas; reverta a alteração com esse programa (PRAGMA journal_mode=DELETE) ou abra uma cópia salva anteriormente</translation>
    </message>
    <message>
        <source>the file is damaged (its header gives file format versions %1 and %2)</source>
        <translation>o arquivo está danificado (seu cabeçalho indica as versões de formato %1 e %2)</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>o arquivo não existe</translation>
    </message>
    <message>
        <source>it is a link to %1, which does not exist</source>
        <translation>é um link para %1, que não existe</translation>
    </message>
    <message>
        <source>it is a folder, not a forum file</source>
        <translation>é uma pasta, não um arquivo de fórum</translation>
    </message>
    <message>
        <source>it is %1, not a forum file</source>
        <translation>é %1, não um arquivo de fórum</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>o arquivo está vazio (0 bytes)</translation>
    </message>
    <message>
        <source>“%1” beside it is %2, not a file Forum Desk wrote; remove it or move the forum file to another folder</source>
        <translation>“%1”, ao lado dele, é %2, não um arquivo gravado pelo Forum Desk; remova-o ou mova o arquivo do fórum para outra pasta</translation>
    </message>
    <message>
        <source>the schema cannot be read (%1)</source>
        <translation>não é possível ler a estrutura (%1)</translation>
    </message>
    <message>
        <source>%1 “%2” is missing</source>
        <translation>falta o objeto %1 “%2”</translation>
    </message>
    <message>
        <source>column “%1.%2” is missing</source>
        <translation>falta a coluna “%1.%2”</translation>
    </message>
    <message>
        <source>%1 “%2” has been changed</source>
        <translation>o objeto %1 “%2” foi alterado</translation>
    </message>
    <message>
        <source>unexpected %1 “%2”</source>
        <translation>objeto %1 inesperado: “%2”</translation>
    </message>
    <message>
        <source>a row of %1 (row %2) refers to a missing row of %3</source>
        <translation>uma linha de %1 (linha %2) remete a uma linha inexistente de %3</translation>
    </message>
    <message>
        <source>it was left half-written by a crash and cannot be recovered here</source>
        <translation>ficou gravado pela metade devido a uma falha e não pode ser recuperado aqui</translation>
    </message>
    <message>
        <source>%1 on %2 (process %3)</source>
        <translation>%1 em %2 (processo %3)</translation>
    </message>
    <message>
        <source>another Forum Desk</source>
        <translation>outro Forum Desk</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>um computador desconhecido</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 desde %2</translation>
    </message>
    <message>
        <source>it kept changing while it was being opened (a sync program may be replacing it); try again in a moment</source>
        <translation>continuou mudando enquanto era aberto (talvez um programa de sincronização o esteja substituindo); tente novamente em instantes</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>The forum is open read-only, as asked.</source>
        <translation>O fórum está aberto somente para leitura, como solicitado.</translation>
    </message>
    <message>
        <source>The file is read-only on disk, so the forum is open read-only.</source>
        <translation>O arquivo é somente leitura no disco; por isso, o fórum está aberto somente para leitura.</translation>
    </message>
    <message>
        <source>The folder holding the file is read-only, so the forum is open read-only.</source>
        <translation>A pasta do arquivo é somente leitura; por isso, o fórum está aberto somente para leitura.</translation>
    </message>
    <message>
        <source>it is open in %1, on this computer</source>
        <translation>está aberto em %1, neste computador</translation>
    </message>
    <message>
        <source>its lock “%1” cannot be removed: it may belong to another user of the shared folder, or Forum Desk may still be running there</source>
        <translation>não é possível remover seu bloqueio “%1”: ele pode pertencer a outra pessoa que usa a pasta compartilhada, ou o Forum Desk ainda pode estar em execução lá</translation>
    </message>
    <message>
        <source>another Forum Desk locked it again at the same moment</source>
        <translation>outro Forum Desk o bloqueou novamente no mesmo instante</translation>
    </message>
    <message>
        <source>The forum is open in %1, so it is open here read-only.</source>
        <translation>O fórum está aberto em %1; por isso, aqui ele está aberto somente para leitura.</translation>
    </message>
    <message>
        <source>it has no Forum Desk format version</source>
        <translation>não tem versão de formato do Forum Desk</translation>
    </message>
    <message>
        <source>This forum file was written by a newer version of Forum Desk (format %1; this version knows format %2). It is open read-only and will not be changed.</source>
        <translation>Este arquivo de fórum foi gravado por uma versão mais recente do Forum Desk (formato %1; esta versão conhece o formato %2). Ele está aberto somente para leitura e não será alterado.</translation>
    </message>
    <message>
        <source>“%1” beside it asks for another file to be deleted, which a journal of Forum Desk never does, so it is not a file Forum Desk wrote; remove it or move the forum file to another folder</source>
        <translation>“%1”, ao lado dele, pede a exclusão de outro arquivo, algo que um diário do Forum Desk nunca faz; portanto, não é um arquivo gravado pelo Forum Desk; remova-o ou mova o arquivo do fórum para outra pasta</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>o arquivo está danificado (%1)</translation>
    </message>
    <message>
        <source>its structure is not Forum Desk&apos;s: %1</source>
        <translation>sua estrutura não é a do Forum Desk: %1</translation>
    </message>
    <message>
        <source>Format updated from %1 to %2; the old file is kept as %3</source>
        <translation>Formato atualizado de %1 para %2; o arquivo anterior foi guardado como %3</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name</source>
        <translation>%1 já existe; escolha outro nome</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 before updating its format: %2</source>
        <translation>Não é possível guardar uma cópia de %1 antes de atualizar seu formato: %2</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 as %2: %3</source>
        <translation>Não é possível guardar uma cópia de %1 como %2: %3</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>não é possível gravar %1</translation>
    </message>
    <message>
        <source>%1 was replaced by another file since it was opened</source>
        <translation>%1 foi substituído por outro arquivo depois de ter sido aberto</translation>
    </message>
    <message>
        <source>A copy cannot replace the open forum file itself</source>
        <translation>Uma cópia não pode substituir o próprio arquivo do fórum aberto</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name for the copy</source>
        <translation>%1 é uma pasta; informe um nome de arquivo para a cópia</translation>
    </message>
    <message>
        <source>Cannot save a copy to %1: %2</source>
        <translation>Não é possível salvar uma cópia em %1: %2</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 já existe</translation>
    </message>
</context>
<context>
    <name>ForumVfs</name>
    <message>
        <source>“%1” beside the forum file is %2; Forum Desk will not use it. Remove it or move the forum file to another folder</source>
        <translation>“%1”, ao lado do arquivo do fórum, é %2; o Forum Desk não o usará. Remova-o ou mova o arquivo do fórum para outra pasta</translation>
    </message>
    <message>
        <source>another program switched “%1” to write-ahead logging (WAL) while it was open, which Forum Desk does not use because it is unsafe on shared folders; switch it back with that program (PRAGMA journal_mode=DELETE) or open a copy saved before</source>
        <translation>outro programa passou “%1” para o registro de escrita antecipada (WAL) enquanto ele estava aberto, modo que o Forum Desk não usa por não ser seguro em pastas compartilhadas; reverta a alteração com esse programa (PRAGMA journal_mode=DELETE) ou abra uma cópia salva anteriormente</translation>
    </message>
    <message>
        <source>a super-journal, which forum files never use</source>
        <translation>um superdiário, que os arquivos de fórum nunca usam</translation>
    </message>
</context>
<context>
    <name>LessonsCarried</name>
    <message>
        <source>A lesson is carried into another plan, not the plan it was learned in (“%1”)</source>
        <translation>Uma lição é levada para outro plano, não para o plano em que foi aprendida (“%1”)</translation>
    </message>
    <message>
        <source>A lesson is carried into a later plan: “%1” starts on %2, not after “%3” (%4)</source>
        <translation>Uma lição é levada para um plano posterior: “%1” começa em %2, não depois de “%3” (%4)</translation>
    </message>
</context>
<context>
    <name>LiveMeeting</name>
    <message>
        <source>This file is of an older format; open it for writing to run a meeting live.</source>
        <translation>Este arquivo está em um formato mais antigo; abra-o com permissão de escrita para conduzir uma reunião ao vivo.</translation>
    </message>
    <message>
        <source>“%1” is not under way: start it first.</source>
        <translation>“%1” não está em andamento: inicie-a primeiro.</translation>
    </message>
    <message>
        <source>%1 has already spoken on this turn.</source>
        <translation>%1 já falou nesta inscrição.</translation>
    </message>
    <message>
        <source>“%1” was cancelled: plan it again before running it.</source>
        <translation>“%1” foi cancelada: programe-a novamente antes de conduzi-la.</translation>
    </message>
    <message>
        <source>“%1” has already been run and ended.</source>
        <translation>“%1” já foi conduzida e encerrada.</translation>
    </message>
    <message>
        <source>The minutes of “%1” are already written: it can no longer be run live.</source>
        <translation>A ata de “%1” já foi redigida: a reunião não pode mais ser conduzida ao vivo.</translation>
    </message>
    <message>
        <source>“%1” is already under way.</source>
        <translation>“%1” já está em andamento.</translation>
    </message>
    <message>
        <source>“%1” is not on this meeting&apos;s agenda.</source>
        <translation>“%1” não consta da pauta desta reunião.</translation>
    </message>
    <message>
        <source>A vote is already open: close it first.</source>
        <translation>Já há uma votação aberta: encerre-a primeiro.</translation>
    </message>
    <message>
        <source>This vote is closed.</source>
        <translation>Esta votação está encerrada.</translation>
    </message>
    <message>
        <source>This vote is closed: remove the decision on the Meetings page instead.</source>
        <translation>Esta votação está encerrada: em vez disso, remova a decisão na página Reuniões.</translation>
    </message>
</context>
<context>
    <name>MeetingLifecycle</name>
    <message>
        <source>A meeting whose status is “%1” cannot become “%2”</source>
        <translation>Uma reunião com situação “%1” não pode passar para “%2”</translation>
    </message>
    <message>
        <source>Choose the later meeting at which these minutes were approved</source>
        <translation>Escolha a reunião posterior em que esta ata foi aprovada</translation>
    </message>
    <message>
        <source>Minutes are approved at a later meeting; “%1” is not after this one</source>
        <translation>A ata é aprovada em uma reunião posterior; “%1” não é posterior a esta</translation>
    </message>
    <message>
        <source>“%1” was cancelled, so it cannot have approved these minutes</source>
        <translation>“%1” foi cancelada; portanto, não pode ter aprovado esta ata</translation>
    </message>
</context>
<context>
    <name>MemberComposition</name>
    <message>
        <source>The forum has no active government or civil-society members. OGP minimum requirement 1.1 asks for both in the multi-stakeholder forum.</source>
        <translation>O fórum não tem membros ativos do governo nem da sociedade civil. O requisito mínimo 1.1 da OGP exige a presença de ambos no fórum multissetorial.</translation>
    </message>
    <message>
        <source>The forum has no active government members. OGP minimum requirement 1.1 asks for both government and civil society in the multi-stakeholder forum.</source>
        <translation>O fórum não tem membros ativos do governo. O requisito mínimo 1.1 da OGP exige a presença do governo e da sociedade civil no fórum multissetorial.</translation>
    </message>
    <message>
        <source>The forum has no active civil-society members. OGP minimum requirement 1.1 asks for both government and civil society in the multi-stakeholder forum.</source>
        <translation>O fórum não tem membros ativos da sociedade civil. O requisito mínimo 1.1 da OGP exige a presença do governo e da sociedade civil no fórum multissetorial.</translation>
    </message>
</context>
<context>
    <name>MergeReport</name>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>not resolved (proposed: keep the record)</source>
        <translation>não resolvido (proposta: manter o registro)</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>não resolvido</translation>
    </message>
    <message>
        <source>edited value %1</source>
        <translation>valor editado %1</translation>
    </message>
    <message>
        <source>record kept</source>
        <translation>registro mantido</translation>
    </message>
    <message>
        <source>record removed</source>
        <translation>registro removido</translation>
    </message>
    <message>
        <source>kept ours</source>
        <translation>mantido o desta cópia</translation>
    </message>
    <message>
        <source>took theirs</source>
        <translation>adotado o da outra cópia</translation>
    </message>
    <message>
        <source>%1 (the newer change)</source>
        <translation>%1 (a alteração mais recente)</translation>
    </message>
    <message>
        <source>%1 (chosen in the review)</source>
        <translation>%1 (escolhido na revisão)</translation>
    </message>
    <message>
        <source>%1 (so that nothing is lost)</source>
        <translation>%1 (para que nada se perca)</translation>
    </message>
    <message>
        <source>%1 (as asked)</source>
        <translation>%1 (conforme solicitado)</translation>
    </message>
    <message>
        <source>Dry run: nothing was written to %1.
</source>
        <translation>Simulação: nada foi gravado em %1.
</translation>
    </message>
    <message>
        <source>Nothing was written to %1.
</source>
        <translation>Nada foi gravado em %1.
</translation>
    </message>
    <message>
        <source>Merged %1 into %2.
</source>
        <translation>%1 foi fundido em %2.
</translation>
    </message>
    <message>
        <source>The two copies have no common ancestor (a file of format 3 or older keeps no change log): records were matched by uid and differing fields compared by the time of their last change; removals cannot be told from additions and were not carried over.
</source>
        <translation>As duas cópias não têm um ancestral comum (um arquivo de formato 3 ou anterior não guarda histórico de alterações): os registros foram emparelhados pelo uid e os campos divergentes foram comparados pela hora de sua última alteração; as remoções não podem ser distinguidas das adições e não foram transferidas.
</translation>
    </message>
    <message>
        <source>Records added: %1, changed: %2, removed: %3.
</source>
        <translation>Registros adicionados: %1, alterados: %2, removidos: %3.
</translation>
    </message>
    <message>
        <source>Conflicts: %1, of which %2 not resolved.
</source>
        <translation>Conflitos: %1, dos quais %2 não resolvidos.
</translation>
    </message>
    <message>
        <source>Review them and choose, or merge again with --prefer ours, theirs or newer.
</source>
        <translation>Revise-os e escolha, ou faça a fusão novamente com --prefer ours, theirs ou newer.
</translation>
    </message>
    <message>
        <source>The copy before the merge is kept as %1.
</source>
        <translation>A cópia anterior à fusão foi guardada como %1.
</translation>
    </message>
    <message>
        <source>Check after the merge: %1</source>
        <translation>Verificação após a fusão: %1</translation>
    </message>
    <message>
        <source>Merge report</source>
        <translation>Relatório de fusão</translation>
    </message>
    <message>
        <source>Ours: %1</source>
        <translation>Esta cópia: %1</translation>
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation>A outra cópia: %1</translation>
    </message>
    <message>
        <source>Common ancestor: yes (from the change logs)</source>
        <translation>Ancestral comum: sim (pelos históricos de alterações)</translation>
    </message>
    <message>
        <source>Common ancestor: none (matched by uid and time of change)</source>
        <translation>Ancestral comum: nenhum (emparelhamento por uid e hora da alteração)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adicionados</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Alterados</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removidos</translation>
    </message>
    <message>
        <source>added</source>
        <translation>adicionado</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>alterado</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removido</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Esta cópia</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>A outra cópia</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolução</translation>
    </message>
    <message>
        <source>changed in ours, removed in theirs</source>
        <translation>alterado nesta cópia, removido na outra</translation>
    </message>
    <message>
        <source>removed in ours, changed in theirs</source>
        <translation>removido nesta cópia, alterado na outra</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconhecido)</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>%1 no. %2</source>
        <translation>%1 n.º %2</translation>
    </message>
    <message>
        <source>%1, from %2 to %3</source>
        <translation>%1, das %2 às %3</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sem data</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Notice of cancellation</source>
        <translation>Aviso de cancelamento</translation>
    </message>
    <message>
        <source>This meeting was cancelled and did not take place; it has no minutes.</source>
        <translation>Esta reunião foi cancelada e não se realizou; não há ata.</translation>
    </message>
    <message>
        <source>It was to take place</source>
        <translation>Estava prevista para</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Próxima reunião</translation>
    </message>
    <message>
        <source>To be set.</source>
        <translation>A definir.</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretaria técnica</translation>
    </message>
    <message>
        <source>By consensus: %1</source>
        <translation>Por consenso: %1</translation>
    </message>
    <message>
        <source>Vote (%1): %2 for, %3 against, %4 abstentions: %5</source>
        <translation>Votação (%1): %2 a favor, %3 contra, %4 abstenções: %5</translation>
    </message>
    <message>
        <source>DRAFT — %1</source>
        <translation>MINUTA — %1</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Ata</translation>
    </message>
    <message>
        <source>Minutes of the %1</source>
        <translation>Ata — %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidência</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenças</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Convidados</translation>
    </message>
    <message>
        <source>Represented by %1</source>
        <translation>Representado(a) por %1</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Convidado(a)</translation>
    </message>
    <message>
        <source>No attendance was recorded.</source>
        <translation>A presença não foi registrada.</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quórum</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 voting members present; %n required.</source>
        <translation>
            <numerusform>Presentes %1 de %2 membros com direito a voto; exige-se %n.</numerusform>
            <numerusform>Presentes %1 de %2 membros com direito a voto; exigem-se %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rules ask for government and civil society to be present.</source>
        <translation>O regimento exige a presença do governo e da sociedade civil.</translation>
    </message>
    <message>
        <source>The quorum was met.</source>
        <translation>Houve quórum.</translation>
    </message>
    <message>
        <source>The quorum was not met.</source>
        <translation>Não houve quórum.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussão</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>Apresentado por</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromisso</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisões</translation>
    </message>
    <message>
        <source>No decisions were taken.</source>
        <translation>Nenhuma decisão foi tomada.</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation>Decisão %1</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>No action items were agreed.</source>
        <translation>Nenhuma tarefa foi acordada.</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Aprovação</translation>
    </message>
    <message>
        <source>These minutes were approved at “%1” on %2.</source>
        <translation>Esta ata foi aprovada em “%1”, em %2.</translation>
    </message>
    <message>
        <source>Draft minutes, to be approved at a later meeting.</source>
        <translation>Minuta de ata, a ser aprovada em uma reunião posterior.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Intervenções</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>Tempo de fala</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Percentual</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gênero</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Não informado</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador(a)</translation>
    </message>
    <message>
        <source>quorum met</source>
        <translation>houve quórum</translation>
    </message>
    <message>
        <source>quorum not met</source>
        <translation>não houve quórum</translation>
    </message>
    <message>
        <source>Taken at %1, with %2 voting members present (%3 required): %4.</source>
        <translation>Tomada às %1, com %2 membros com direito a voto presentes (%3 exigidos): %4.</translation>
    </message>
    <message>
        <source>Actual time</source>
        <translation>Horário efetivo</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>das %1 às %2</translation>
    </message>
    <message>
        <source>from %1 (under way)</source>
        <translation>desde as %1 (em andamento)</translation>
    </message>
    <message>
        <source>(%1–%2)</source>
        <translation>(%1–%2)</translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation>(a partir das %1)</translation>
    </message>
    <message>
        <source>(left %1)</source>
        <translation>(saiu às %1)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>das %1 às %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 min planned)</source>
        <translation>%1 (%2 de %3 min previstos)</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenções</translation>
    </message>
    <message>
        <source>Time each sector and gender had the floor, as timed during the meeting.</source>
        <translation>Tempo em que cada setor e cada gênero teve a palavra, conforme cronometrado durante a reunião.</translation>
    </message>
</context>
<context>
    <name>MinutesDocument</name>
    <message>
        <source>“%1” is still planned: it has minutes once it has been held. Mark it as held on the Meetings page, or export its notice instead.</source>
        <translation>“%1” ainda está programada: terá ata depois de realizada. Marque-a como realizada na página Reuniões ou, em vez disso, exporte sua convocação.</translation>
    </message>
</context>
<context>
    <name>NewForum</name>
    <message>
        <source>“%1” is not a time zone; use a full name such as America/Lima or Europe/Madrid</source>
        <translation>“%1” não é um fuso horário; use um nome completo, como America/Sao_Paulo ou Europe/Lisbon</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Agenda</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Link da videochamada</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Convocação</translation>
    </message>
    <message>
        <source>Notice of meeting</source>
        <translation>Convocação de reunião</translation>
    </message>
    <message>
        <source>The members of the forum are invited to the %1 “%2”, to be held on %3.</source>
        <translation>Os membros do fórum são convocados para a reunião “%2” (%1), que se realizará em %3.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidência</translation>
    </message>
    <message>
        <source>Notice sent on</source>
        <translation>Convocação enviada em</translation>
    </message>
    <message>
        <source>This meeting has been cancelled.</source>
        <translation>Esta reunião foi cancelada.</translation>
    </message>
    <message>
        <source>Please confirm your attendance, or send your apologies, to %1.</source>
        <translation>Pede-se que confirmem presença, ou justifiquem a ausência, a %1.</translation>
    </message>
    <message>
        <source>Please confirm your attendance, or send your apologies, to %1 (%2).</source>
        <translation>Pede-se que confirmem presença, ou justifiquem a ausência, a %1 (%2).</translation>
    </message>
    <message>
        <source>Documents for the meeting</source>
        <translation>Documentos da reunião</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>The agenda will follow.</source>
        <translation>A pauta será enviada posteriormente.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Apresentação</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Matters arising</source>
        <translation>Assuntos pendentes</translation>
    </message>
    <message>
        <source>Action items still open from earlier meetings:</source>
        <translation>Tarefas ainda em aberto de reuniões anteriores:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Documents and notes</source>
        <translation>Documentos e observações</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretaria técnica</translation>
    </message>
</context>
<context>
    <name>OdtWriter</name>
    <message>
        <source>Cannot make the OpenDocument file: %1</source>
        <translation>Não é possível criar o arquivo OpenDocument: %1</translation>
    </message>
</context>
<context>
    <name>OpenData</name>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Members of the forum</source>
        <translation>Membros do fórum</translation>
    </message>
    <message>
        <source>The forum&apos;s members: name, organisation, sector and role (never contact details).</source>
        <translation>Membros do fórum: nome, organização, setor e função (nunca dados de contato).</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Planos de ação</translation>
    </message>
    <message>
        <source>The forum&apos;s OGP action plans, their period and stage.</source>
        <translation>Os planos de ação da OGP do fórum, seu período e sua etapa.</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromissos</translation>
    </message>
    <message>
        <source>Each commitment on OGP&apos;s template. Tag lists (policy areas, frontiers, themes) are keys separated by semicolons.</source>
        <translation>Cada compromisso segundo o modelo da OGP. As listas de etiquetas (áreas de política, fronteiras, temas) são chaves separadas por ponto e vírgula.</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Marcos</translation>
    </message>
    <message>
        <source>The milestones of each commitment, in their order.</source>
        <translation>Os marcos de cada compromisso, em sua ordem.</translation>
    </message>
    <message>
        <source>Progress updates</source>
        <translation>Atualizações de progresso</translation>
    </message>
    <message>
        <source>Dated progress of each milestone, with its evidence.</source>
        <translation>O progresso datado de cada marco, com sua evidência.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniões</translation>
    </message>
    <message>
        <source>The forum&apos;s sessions, consultations and events, past and coming; times with the forum&apos;s UTC offset.</source>
        <translation>As sessões, consultas e eventos do fórum, passados e futuros; horários com a diferença em relação ao UTC do fórum.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisões</translation>
    </message>
    <message>
        <source>Decisions of meetings whose minutes are approved or published, with their votes.</source>
        <translation>Decisões das reuniões cuja ata foi aprovada ou publicada, com seus votos.</translation>
    </message>
    <message>
        <source>Contributions and reasoned responses</source>
        <translation>Contribuições e respostas fundamentadas</translation>
    </message>
    <message>
        <source>What the public proposed for the action plan and the forum&apos;s reasoned response. An individual&apos;s name only with their recorded consent.</source>
        <translation>O que o público propôs para o plano de ação e a resposta fundamentada do fórum. O nome de uma pessoa, apenas com seu consentimento registrado.</translation>
    </message>
    <message>
        <source>Contributions taken into commitments</source>
        <translation>Contribuições incorporadas em compromissos</translation>
    </message>
    <message>
        <source>Which contribution each commitment took up.</source>
        <translation>Quais contribuições cada compromisso incorporou.</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Avaliações</translation>
    </message>
    <message>
        <source>Self-assessments and IRM assessments of each commitment.</source>
        <translation>Autoavaliações e avaliações do IRM de cada compromisso.</translation>
    </message>
    <message>
        <source>“%1” is not a licence Forum Desk knows; use one of %2</source>
        <translation>“%1” não é uma licença que o Forum Desk conheça; use uma destas: %2</translation>
    </message>
    <message>
        <source>There is no action plan with id %1.</source>
        <translation>Não há nenhum plano de ação com id %1.</translation>
    </message>
    <message>
        <source>Open data of an Open Government Partnership multi-stakeholder forum: members, action plans, commitments, milestones, progress, meetings, decisions, public contributions with their reasoned responses, and assessments.</source>
        <translation>Dados abertos de um fórum multissetorial da Parceria para Governo Aberto: membros, planos de ação, compromissos, marcos, progresso, reuniões, decisões, contribuições do público com suas respostas fundamentadas e avaliações.</translation>
    </message>
</context>
<context>
    <name>PageParts</name>
    <message>
        <source>%1 — %2
Period: %3 to %4</source>
        <translation>%1 — %2
Período: de %3 a %4</translation>
    </message>
</context>
<context>
    <name>PartialFile</name>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>A pasta %1 não existe</translation>
    </message>
    <message>
        <source>The folder %1 is read-only</source>
        <translation>A pasta %1 é somente leitura</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1</source>
        <translation>Não é possível gravar na pasta %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>its data could not be written to the disk</source>
        <translation>não foi possível gravar seus dados no disco</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 já existe</translation>
    </message>
    <message>
        <source>the folder could not be written to the disk</source>
        <translation>não foi possível gravar a pasta no disco</translation>
    </message>
</context>
<context>
    <name>PlanCalendar</name>
    <message>
        <source>The plan covers %1 months; OGP asks for at least %2.</source>
        <translation>O plano abrange %1 meses; a OGP exige no mínimo %2.</translation>
    </message>
    <message>
        <source>The plan is more than %1 months past its due date (%2): OGP considers this acting contrary to process.</source>
        <translation>O plano está mais de %1 meses atrasado em relação ao prazo (%2): a OGP considera isso atuar contrariamente ao processo.</translation>
    </message>
    <message>
        <source>The plan was due on %1 and has not been submitted.</source>
        <translation>O prazo do plano era %1 e ele não foi enviado.</translation>
    </message>
</context>
<context>
    <name>PlanDraft</name>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>To be completed.</source>
        <translation>A completar.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datas</translation>
    </message>
    <message>
        <source>Lead implementing agency</source>
        <translation>Órgão responsável</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Pessoa de contato</translation>
    </message>
    <message>
        <source>Supporting actors (government)</source>
        <translation>Atores envolvidos (governo)</translation>
    </message>
    <message>
        <source>Supporting actors (civil society, private sector, others)</source>
        <translation>Atores envolvidos (sociedade civil, setor privado, outros)</translation>
    </message>
    <message>
        <source>Policy areas</source>
        <translation>Áreas de política</translation>
    </message>
    <message>
        <source>Problem definition</source>
        <translation>Definição do problema</translation>
    </message>
    <message>
        <source>What problem does the commitment aim to address?</source>
        <translation>Que problema o compromisso pretende resolver?</translation>
    </message>
    <message>
        <source>What are the causes of the problem?</source>
        <translation>Quais são as causas do problema?</translation>
    </message>
    <message>
        <source>Commitment description</source>
        <translation>Descrição do compromisso</translation>
    </message>
    <message>
        <source>What has been done so far to solve the problem?</source>
        <translation>O que foi feito até agora para resolver o problema?</translation>
    </message>
    <message>
        <source>What solution is proposed?</source>
        <translation>Que solução se propõe?</translation>
    </message>
    <message>
        <source>How will it solve the problem?</source>
        <translation>Como ela resolverá o problema?</translation>
    </message>
    <message>
        <source>What results are expected?</source>
        <translation>Que resultados se esperam?</translation>
    </message>
    <message>
        <source>Commitment analysis</source>
        <translation>Análise do compromisso</translation>
    </message>
    <message>
        <source>Access to information</source>
        <translation>Acesso à informação</translation>
    </message>
    <message>
        <source>Civic participation</source>
        <translation>Participação cidadã</translation>
    </message>
    <message>
        <source>Public accountability</source>
        <translation>Prestação de contas</translation>
    </message>
    <message>
        <source>Technology and innovation</source>
        <translation>Tecnologia e inovação</translation>
    </message>
    <message>
        <source>Relevance to OGP values</source>
        <translation>Relevância para os valores da OGP</translation>
    </message>
    <message>
        <source>How will the commitment promote transparency?</source>
        <translation>Como o compromisso promoverá a transparência?</translation>
    </message>
    <message>
        <source>How will the commitment help foster accountability?</source>
        <translation>Como o compromisso ajudará a fortalecer a prestação de contas?</translation>
    </message>
    <message>
        <source>How will the commitment improve citizen participation?</source>
        <translation>Como o compromisso melhorará a participação cidadã?</translation>
    </message>
    <message>
        <source>Commitment planning</source>
        <translation>Planejamento do compromisso</translation>
    </message>
    <message>
        <source>No milestones yet.</source>
        <translation>Ainda não há marcos.</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Marco</translation>
    </message>
    <message>
        <source>Expected output</source>
        <translation>Produto esperado</translation>
    </message>
    <message>
        <source>Expected completion date</source>
        <translation>Data prevista de conclusão</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Partes interessadas</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Orçamento</translation>
    </message>
    <message>
        <source>Links to other plans and the SDGs</source>
        <translation>Vínculos com outros planos e com os ODS</translation>
    </message>
    <message>
        <source>Frontiers for expanding open government (the forum&apos;s own tags)</source>
        <translation>Fronteiras para ampliar o governo aberto (etiquetas próprias do fórum)</translation>
    </message>
    <message>
        <source>Contributions it draws on</source>
        <translation>Contribuições em que se baseia</translation>
    </message>
    <message>
        <source>DRAFT — %1</source>
        <translation>MINUTA — %1</translation>
    </message>
    <message>
        <source>Draft for discussion: the forum has not approved this plan yet, and it may change.</source>
        <translation>Minuta para discussão: o fórum ainda não aprovou este plano, que pode sofrer alterações.</translation>
    </message>
    <message>
        <source>Submitted to OGP on</source>
        <translation>Data de envio à OGP</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sumário</translation>
    </message>
    <message>
        <source>1. Introduction and context</source>
        <translation>1. Introdução e contexto</translation>
    </message>
    <message>
        <source>2. Open government efforts to date</source>
        <translation>2. Iniciativas de governo aberto até o momento</translation>
    </message>
    <message>
        <source>3. The co-creation process</source>
        <translation>3. O processo de cocriação</translation>
    </message>
    <message>
        <source>4. Commitments</source>
        <translation>4. Compromissos</translation>
    </message>
    <message>
        <source>5. Monitoring</source>
        <translation>5. Monitoramento</translation>
    </message>
    <message>
        <source>To be written by the forum.</source>
        <translation>A ser redigido pelo fórum.</translation>
    </message>
    <message>
        <source>This is the forum&apos;s first action plan.</source>
        <translation>Este é o primeiro plano de ação do fórum.</translation>
    </message>
    <message>
        <source>Lessons carried into this plan</source>
        <translation>Lições incorporadas a este plano</translation>
    </message>
    <message>
        <source>Meetings and events</source>
        <translation>Reuniões e eventos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contribuições</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>No commitments have been drafted yet.</source>
        <translation>Nenhum compromisso foi redigido até o momento.</translation>
    </message>
    <message>
        <source>The forum follows the plan&apos;s implementation at its sessions, at least every six months, with the implementing agencies and civil society, and publishes progress in its document repository.</source>
        <translation>O fórum acompanha a implementação do plano em suas sessões, no mínimo a cada seis meses, com os órgãos responsáveis e a sociedade civil, e publica o progresso em seu repositório de documentos.</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Document repository</source>
        <translation>Repositório de documentos</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>North Macedonia</source>
        <translation>Macedônia do Norte</translation>
    </message>
    <message>
        <source>Air quality data for Skopje</source>
        <translation>Dados de qualidade do ar de Skopje</translation>
    </message>
    <message>
        <source>The city publishes the readings of its air quality stations as they come in, so that residents can protect their health on bad days and ask the authorities to act on pollution.</source>
        <translation>A cidade publica as medições de suas estações de qualidade do ar à medida que chegam, para que os moradores possam proteger sua saúde nos dias críticos e cobrar das autoridades medidas contra a poluição.</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Uruguai</translation>
    </message>
    <message>
        <source>“A tu servicio”: comparing health providers</source>
        <translation>“A tu servicio”: comparação de prestadores de saúde</translation>
    </message>
    <message>
        <source>A public website of the health ministry lets people compare health providers on waiting times, prices and quality before they choose one, with data the providers must report.</source>
        <translation>Um site público do Ministério da Saúde permite comparar os prestadores de saúde quanto a tempos de espera, preços e qualidade antes de escolher um, com dados que os prestadores são obrigados a informar.</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Geórgia</translation>
    </message>
    <message>
        <source>Open data on missing persons</source>
        <translation>Dados abertos sobre pessoas desaparecidas</translation>
    </message>
    <message>
        <source>Data on missing persons are published and kept up to date, so that families, civil society and the authorities can follow the cases and press for searches together.</source>
        <translation>Os dados sobre pessoas desaparecidas são publicados e mantidos atualizados, para que as famílias, a sociedade civil e as autoridades acompanhem os casos e impulsionem juntas as buscas.</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>The Friends and Family Test</source>
        <translation>O teste “Amigos e Família”</translation>
    </message>
    <message>
        <source>Patients of the public health service are asked whether they would recommend the service to friends and family; the answers are published for each hospital and practice, and services use them to improve.</source>
        <translation>Os pacientes do serviço público de saúde são perguntados se recomendariam o serviço a amigos e familiares; as respostas são publicadas por hospital e por unidade de saúde, e os serviços as utilizam para melhorar.</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>Monitoring water quality in La Libertad</source>
        <translation>Monitoramento da qualidade da água em La Libertad</translation>
    </message>
    <message>
        <source>In the La Libertad region, communities and the authorities monitor drinking water together and publish the results, so that failures are reported and put right.</source>
        <translation>Na região de La Libertad, as comunidades e as autoridades monitoram juntas a água potável e publicam os resultados, para que as falhas sejam denunciadas e corrigidas.</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Mongólia</translation>
    </message>
    <message>
        <source>Check My Services</source>
        <translation>“Check My Services”: avaliação dos serviços</translation>
    </message>
    <message>
        <source>Citizens rate public services and report problems through a feedback platform; the agencies must answer, and the ratings are public.</source>
        <translation>Os cidadãos avaliam os serviços públicos e relatam problemas em uma plataforma de retorno; os órgãos são obrigados a responder, e as avaliações são públicas.</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Open dialogue on policy</source>
        <translation>Diálogo aberto sobre políticas públicas</translation>
    </message>
    <message>
        <source>The government consults people online and in person while it drafts policies and its open government plans, and reports back on what it heard and what it changed.</source>
        <translation>O governo consulta as pessoas on-line e presencialmente enquanto elabora políticas e seus planos de governo aberto, e informa o que ouviu e o que mudou.</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Espanha</translation>
    </message>
    <message>
        <source>Decide Madrid</source>
        <translation>Decide Madrid</translation>
    </message>
    <message>
        <source>The city&apos;s participation platform lets residents make and support proposals and decide part of the budget; its open-source software is used by many other cities.</source>
        <translation>A plataforma de participação da cidade permite que os moradores façam e apoiem propostas e decidam parte do orçamento; seu software livre é usado por muitas outras cidades.</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>Paraguai</translation>
    </message>
    <message>
        <source>Indigenous peoples in public decisions</source>
        <translation>Povos indígenas nas decisões públicas</translation>
    </message>
    <message>
        <source>Indigenous organisations take part in shaping the policies that affect them, through free, prior and informed consultation and information in their own languages.</source>
        <translation>As organizações indígenas participam da elaboração das políticas que as afetam, por meio de consulta livre, prévia e informada e de informação em suas próprias línguas.</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Serra Leoa</translation>
    </message>
    <message>
        <source>Women in decisions on public services</source>
        <translation>Mulheres nas decisões sobre serviços públicos</translation>
    </message>
    <message>
        <source>Commitments bring women into the decisions on public services and resources that affect them, and publish the data broken down by sex.</source>
        <translation>Os compromissos incluem as mulheres nas decisões sobre os serviços e recursos públicos que as afetam, e publicam os dados desagregados por sexo.</translation>
    </message>
    <message>
        <source>Gender analysis of policies and budgets</source>
        <translation>Análise de gênero de políticas e orçamentos</translation>
    </message>
    <message>
        <source>Policies and budget measures are analysed for how they affect women, men and gender-diverse people, and the analyses are published.</source>
        <translation>Analisa-se como as políticas e as medidas orçamentárias afetam mulheres, homens e pessoas de gênero diverso, e as análises são publicadas.</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <source>A budget with a gender perspective</source>
        <translation>Um orçamento com perspectiva de gênero</translation>
    </message>
    <message>
        <source>The national budget tags the spending that closes gender gaps and reports how it is spent, so that civil society can follow it.</source>
        <translation>O orçamento nacional identifica os gastos que reduzem as desigualdades de gênero e informa como são executados, para que a sociedade civil possa acompanhá-los.</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlândia</translation>
    </message>
    <message>
        <source>Reaching young and older people</source>
        <translation>Chegar aos jovens e às pessoas idosas</translation>
    </message>
    <message>
        <source>Open government reaches the groups that take part least, young people and the elderly, with plain language and dialogues held where they are.</source>
        <translation>O governo aberto chega aos grupos que menos participam, os jovens e os idosos, com linguagem simples e diálogos realizados onde eles estão.</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ucrânia</translation>
    </message>
    <message>
        <source>ProZorro: open public procurement</source>
        <translation>ProZorro: compras públicas abertas</translation>
    </message>
    <message>
        <source>Public tenders run through one open electronic system where every bid and contract is public; civil society monitors it and flags suspicious purchases.</source>
        <translation>As licitações públicas passam por um único sistema eletrônico aberto, no qual cada proposta e cada contrato são públicos; a sociedade civil o monitora e aponta as compras suspeitas.</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Itália</translation>
    </message>
    <message>
        <source>Monithon: civic monitoring of public funds</source>
        <translation>Monithon: monitoramento cidadão de recursos públicos</translation>
    </message>
    <message>
        <source>Citizens and schools follow projects paid for with public funds, using open data, visit them and publish what they find.</source>
        <translation>Cidadãos e escolas acompanham, com dados abertos, projetos financiados com recursos públicos, visitam-nos e publicam o que encontram.</translation>
    </message>
    <message>
        <source>Public register of beneficial owners</source>
        <translation>Registro público de beneficiários finais</translation>
    </message>
    <message>
        <source>Companies must name the people who ultimately own or control them in a free, open public register, which makes it harder to hide money behind shell companies.</source>
        <translation>As empresas devem declarar, em um registro público, aberto e gratuito, as pessoas que em última instância são suas proprietárias ou as controlam, o que dificulta esconder dinheiro por trás de empresas de fachada.</translation>
    </message>
</context>
<context>
    <name>PracticeLibrary</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no practice “%1” in the reference library; choose one of the library&apos;s practices</source>
        <translation>Não há nenhuma prática “%1” na biblioteca de referência; escolha uma das práticas da biblioteca</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidência: %1</translation>
    </message>
    <message>
        <source>Reported by %1</source>
        <translation>Informado por %1</translation>
    </message>
    <message>
        <source>%1, set by the forum (progress suggests %2)</source>
        <translation>%1, definido pelo fórum (o progresso sugere %2)</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 cumpridos</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vencido</numerusform>
            <numerusform>%n vencidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Progresso geral</translation>
    </message>
    <message>
        <source>no milestones yet</source>
        <translation>ainda sem marcos</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromissos</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Marcos</translation>
    </message>
    <message>
        <source>%1 done, %2 overdue, of %3</source>
        <translation>%1 cumpridos e %2 vencidos, de %3</translation>
    </message>
    <message>
        <source>Last progress update</source>
        <translation>Última atualização de progresso</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nenhuma ainda</translation>
    </message>
    <message>
        <source>Completion level</source>
        <translation>Nível de conclusão</translation>
    </message>
    <message numerus="yes">
        <source>The forum set the completion level of %n commitment(s) otherwise than progress suggests; the reasons are given with each commitment.</source>
        <translation>
            <numerusform>O fórum definiu o nível de conclusão de %n compromisso de forma diferente da sugerida pelo progresso; o motivo é indicado junto ao compromisso.</numerusform>
            <numerusform>O fórum definiu o nível de conclusão de %n compromissos de forma diferente da sugerida pelo progresso; os motivos são indicados junto a cada compromisso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitments at a glance</source>
        <translation>Visão geral dos compromissos</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromisso</translation>
    </message>
    <message>
        <source>Lead implementing agency</source>
        <translation>Órgão responsável</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>The forum&apos;s reason</source>
        <translation>Motivo do fórum</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (vencido)</translation>
    </message>
    <message>
        <source>no update yet</source>
        <translation>ainda sem atualização</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Marco</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Latest updates</source>
        <translation>Atualizações mais recentes</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Relatório de progresso</translation>
    </message>
    <message>
        <source>Action plan %1 to %2</source>
        <translation>Plano de ação de %1 a %2</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Data do relatório</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Progress of each commitment</source>
        <translation>Progresso de cada compromisso</translation>
    </message>
    <message>
        <source>The plan has no commitments yet.</source>
        <translation>O plano ainda não tem compromissos.</translation>
    </message>
</context>
<context>
    <name>ProgressTracking</name>
    <message>
        <source>Progress suggests “%1”; give the reason for “%2”</source>
        <translation>O progresso sugere “%1”; informe o motivo de “%2”</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>Over time</source>
        <translation>Tempo esgotado</translation>
    </message>
    <message>
        <source>Time nearly up</source>
        <translation>Tempo quase esgotado</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Em pausa</translation>
    </message>
    <message>
        <source>The meeting has ended.</source>
        <translation>A reunião foi encerrada.</translation>
    </message>
    <message>
        <source>Between items</source>
        <translation>Entre itens</translation>
    </message>
    <message>
        <source>Speaking: %1 (%2) — %3</source>
        <translation>Com a palavra: %1 (%2) — %3</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>A seguir: %1</translation>
    </message>
    <message>
        <source>Vote: %1
For %2 · Against %3 · Abstentions %4</source>
        <translation>Votação: %1
A favor %2 · Contra %3 · Abstenções %4</translation>
    </message>
    <message>
        <source>%1: %2
For %3 · Against %4 · Abstentions %5</source>
        <translation>%1: %2
A favor %3 · Contra %4 · Abstenções %5</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>The plan&apos;s progress at the end of each month: the mean of its commitments&apos; progress, each from its milestones.</source>
        <translation>O progresso do plano no fim de cada mês: a média do progresso de seus compromissos, cada um calculado a partir de seus marcos.</translation>
    </message>
    <message>
        <source>Milestones whose end date has come, and milestones done, month by month.</source>
        <translation>Marcos cuja data de término já chegou e marcos cumpridos, mês a mês.</translation>
    </message>
    <message>
        <source>The mean progress of the commitments each agency leads.</source>
        <translation>O progresso médio dos compromissos sob a responsabilidade de cada órgão.</translation>
    </message>
    <message>
        <source>The mean progress of the commitments relevant to each OGP value.</source>
        <translation>O progresso médio dos compromissos relevantes para cada valor da OGP.</translation>
    </message>
    <message>
        <source>Commitments per completion level in each of the forum&apos;s action plans.</source>
        <translation>Compromissos por nível de conclusão em cada um dos planos de ação do fórum.</translation>
    </message>
    <message>
        <source>People present at the plan&apos;s meetings, by sector.</source>
        <translation>Pessoas presentes nas reuniões do plano, por setor.</translation>
    </message>
    <message>
        <source>Contributions received while the plan was co-created, answered and incorporated.</source>
        <translation>Contribuições recebidas durante a cocriação do plano, respondidas e incorporadas.</translation>
    </message>
    <message>
        <source>Figure %1. %2. %3</source>
        <translation>Figura %1. %2. %3</translation>
    </message>
    <message>
        <source>Minutes each sector spoke at the plan&apos;s meetings, as timed live.</source>
        <translation>Minutos de fala de cada setor nas reuniões do plano, cronometrados ao vivo.</translation>
    </message>
</context>
<context>
    <name>ResponseReport</name>
    <message>
        <source>Reasoned response report</source>
        <translation>Relatório de respostas fundamentadas</translation>
    </message>
    <message>
        <source>Summary by treatment</source>
        <translation>Resumo por tratamento</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>Tratamento dado</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contribuições</translation>
    </message>
    <message>
        <source>Summary by commitment</source>
        <translation>Resumo por compromisso</translation>
    </message>
    <message>
        <source>Not linked to a commitment</source>
        <translation>Sem vínculo com um compromisso</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromisso</translation>
    </message>
    <message>
        <source>Contributions it drew on</source>
        <translation>Contribuições em que se baseou</translation>
    </message>
    <message>
        <source>Of which incorporated</source>
        <translation>Das quais incorporadas</translation>
    </message>
    <message>
        <source>Each contribution and its response</source>
        <translation>Cada contribuição e sua resposta</translation>
    </message>
    <message>
        <source>Contribution #%1 — %2</source>
        <translation>Contribuição n.º %1 — %2</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebida</translation>
    </message>
    <message>
        <source>Commitments it fed</source>
        <translation>Compromissos para os quais contribuiu</translation>
    </message>
    <message>
        <source>Reasoned response</source>
        <translation>Resposta fundamentada</translation>
    </message>
    <message>
        <source>still awaiting a response</source>
        <translation>ainda aguardando resposta</translation>
    </message>
</context>
<context>
    <name>SelfAssessment</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>%1, set by the forum: %2</source>
        <translation>%1, definido pelo fórum: %2</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 of %n milestone(s) done)</source>
        <translation>
            <numerusform>%1 (%2 de %n marco cumprido)</numerusform>
            <numerusform>%1 (%2 de %n marcos cumpridos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Practices that inspired it</source>
        <translation>Práticas que o inspiraram</translation>
    </message>
    <message>
        <source>Progress updates giving evidence: %1. The latest:</source>
        <translation>Atualizações de progresso com evidência: %1. As mais recentes:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidência</translation>
    </message>
    <message>
        <source>no evidence recorded</source>
        <translation>nenhuma evidência registrada</translation>
    </message>
    <message>
        <source>Not yet assessed.</source>
        <translation>Ainda não avaliado.</translation>
    </message>
    <message>
        <source>Relevance to OGP values</source>
        <translation>Relevância para os valores da OGP</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Estrela</translation>
    </message>
    <message>
        <source>IRM scale</source>
        <translation>Escala do IRM</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Observações (%1)</translation>
    </message>
    <message>
        <source>DRAFT — Interim self-assessment report</source>
        <translation>MINUTA — Relatório parcial de autoavaliação</translation>
    </message>
    <message>
        <source>End-of-term self-assessment report</source>
        <translation>Relatório final de autoavaliação</translation>
    </message>
    <message>
        <source>The plan is still in implementation, until %1: this is an interim report, not the end-of-term self-assessment, which is written once the implementation period has ended.</source>
        <translation>O plano ainda está em implementação, até %1: este é um relatório parcial, não a autoavaliação final, que é redigida após o término do período de implementação.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plano de ação</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>1. The plan&apos;s results in figures</source>
        <translation>1. Os resultados do plano em números</translation>
    </message>
    <message numerus="yes">
        <source>The plan has %n commitment(s).</source>
        <translation>
            <numerusform>O plano tem %n compromisso.</numerusform>
            <numerusform>O plano tem %n compromissos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The forum has assessed %1 of them and the Independent Reporting Mechanism (IRM) %2.</source>
        <translation>O fórum avaliou %1 deles e o Mecanismo Independente de Avaliação (IRM), %2.</translation>
    </message>
    <message>
        <source>Starred commitments: %1 in the self-assessment, %2 in the IRM&apos;s assessment. A starred commitment is verifiable, relevant to OGP values, of moderate or transformative potential impact, and substantially or fully complete.</source>
        <translation>Compromissos estrela: %1 na autoavaliação, %2 na avaliação do IRM. Um compromisso estrela é verificável, relevante para os valores da OGP, tem impacto potencial moderado ou transformador e está substancial ou totalmente concluído.</translation>
    </message>
    <message>
        <source>2. The process</source>
        <translation>2. O processo</translation>
    </message>
    <message>
        <source>Co-creation</source>
        <translation>Cocriação</translation>
    </message>
    <message numerus="yes">
        <source>Before the plan started, the forum held %n meeting(s) and event(s) to co-create it.</source>
        <translation>
            <numerusform>Antes do início do plano, o fórum realizou %n reunião ou evento para cocriá-lo.</numerusform>
            <numerusform>Antes do início do plano, o fórum realizou %n reuniões e eventos para cocriá-lo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Participation during implementation</source>
        <translation>Participação durante a implementação</translation>
    </message>
    <message>
        <source>No meetings about the plan are recorded since it started.</source>
        <translation>Não há reuniões sobre o plano registradas desde o seu início.</translation>
    </message>
    <message>
        <source>Meetings since the plan started</source>
        <translation>Reuniões desde o início do plano</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Realizadas</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Presenças</translation>
    </message>
    <message>
        <source>The forum&apos;s role</source>
        <translation>O papel do fórum</translation>
    </message>
    <message>
        <source>%1 led the co-creation of the plan, decided on its process and followed its implementation with the implementing agencies and civil society.</source>
        <translation>%1 conduziu a cocriação do plano, decidiu sobre seu processo e acompanhou sua implementação com os órgãos responsáveis e a sociedade civil.</translation>
    </message>
    <message>
        <source>The forum approved the plan at “%1” on %2.</source>
        <translation>O fórum aprovou o plano em “%1”, em %2.</translation>
    </message>
    <message>
        <source>Members of the forum during the plan</source>
        <translation>Membros do fórum durante o plano</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>3. Final results of each commitment</source>
        <translation>3. Resultados finais de cada compromisso</translation>
    </message>
    <message>
        <source>The plan has no commitments.</source>
        <translation>O plano não tem compromissos.</translation>
    </message>
    <message>
        <source>4. Response to the IRM&apos;s assessment</source>
        <translation>4. Resposta à avaliação do IRM</translation>
    </message>
    <message>
        <source>The IRM has not assessed the plan&apos;s commitments yet.</source>
        <translation>O IRM ainda não avaliou os compromissos do plano.</translation>
    </message>
    <message>
        <source>completion “%1” in the self-assessment, “%2” for the IRM</source>
        <translation>conclusão “%1” na autoavaliação, “%2” para o IRM</translation>
    </message>
    <message>
        <source>starred by the IRM only</source>
        <translation>estrela apenas para o IRM</translation>
    </message>
    <message>
        <source>starred in the self-assessment only</source>
        <translation>estrela apenas na autoavaliação</translation>
    </message>
    <message>
        <source>The IRM&apos;s assessment agrees with the forum&apos;s on the completion and the starred rating of every commitment both assessed.</source>
        <translation>A avaliação do IRM coincide com a do fórum quanto à conclusão e à classificação como estrela de todos os compromissos avaliados por ambos.</translation>
    </message>
    <message>
        <source>The IRM&apos;s assessment differs from the forum&apos;s on these commitments; the forum takes its findings into the lessons below.</source>
        <translation>A avaliação do IRM difere da do fórum nestes compromissos; o fórum incorpora suas constatações às lições a seguir.</translation>
    </message>
    <message>
        <source>5. Lessons learned and recommendations</source>
        <translation>5. Lições aprendidas e recomendações</translation>
    </message>
    <message>
        <source>No lessons have been recorded yet.</source>
        <translation>Nenhuma lição foi registrada até o momento.</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation>Recomendação: %1</translation>
    </message>
    <message>
        <source>6. Next steps</source>
        <translation>6. Próximos passos</translation>
    </message>
    <message>
        <source>Lessons carried into the co-creation of “%1”: %2.</source>
        <translation>Lições levadas para a cocriação de “%1”: %2.</translation>
    </message>
    <message>
        <source>Lessons still to be carried into the next plan: %1.</source>
        <translation>Lições que ainda devem ser levadas para o próximo plano: %1.</translation>
    </message>
    <message>
        <source>The forum will record its lessons and carry them into the co-creation of the next plan.</source>
        <translation>O fórum registrará suas lições e as levará para a cocriação do próximo plano.</translation>
    </message>
</context>
<context>
    <name>SitePublisher</name>
    <message>
        <source>%1 is damaged, so Forum Desk cannot tell its own files from others in %2. Remove the site&apos;s files and %1, or publish into an empty folder.</source>
        <translation>%1 está danificado; por isso, o Forum Desk não consegue distinguir seus próprios arquivos dos demais em %2. Remova os arquivos do site e %1, ou publique em uma pasta vazia.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Cannot make the folder %1</source>
        <translation>Não é possível criar a pasta %1</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 é um arquivo, não uma pasta</translation>
    </message>
    <message>
        <source>%1 is a link; Forum Desk writes only inside %2</source>
        <translation>%1 é um link; o Forum Desk só grava dentro de %2</translation>
    </message>
    <message>
        <source>The website has a file name Forum Desk does not write: “%1”</source>
        <translation>O site tem um nome de arquivo que o Forum Desk não grava: “%1”</translation>
    </message>
    <message>
        <source>The website has the file “%1” twice</source>
        <translation>O site tem o arquivo “%1” duas vezes</translation>
    </message>
    <message>
        <source>%1 is reached through a link; Forum Desk writes only inside %2</source>
        <translation>%1 é acessado por meio de um link; o Forum Desk só grava dentro de %2</translation>
    </message>
    <message>
        <source>%1 is a file where the website needs a folder. Move it away or publish into another folder.</source>
        <translation>%1 é um arquivo onde o site precisa de uma pasta. Mova-o para outro lugar ou publique em outra pasta.</translation>
    </message>
    <message>
        <source>%1 already holds %2, which Forum Desk did not publish there or which was changed since. Move it away or publish into another folder.</source>
        <translation>%1 já contém %2, que o Forum Desk não publicou ali ou que foi alterado depois disso. Mova-o para outro lugar ou publique em outra pasta.</translation>
    </message>
</context>
<context>
    <name>StageGate</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 e mais %2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>The plan has no commitments yet.</source>
        <translation>O plano ainda não tem compromissos.</translation>
    </message>
    <message>
        <source>Contributions without a reasoned response with its date (%1): %2.</source>
        <translation>Contribuições sem resposta fundamentada com data (%1): %2.</translation>
    </message>
    <message>
        <source>Commitments without a lead implementing agency (%1): %2.</source>
        <translation>Compromissos sem órgão responsável (%1): %2.</translation>
    </message>
    <message>
        <source>Commitments without milestones (%1): %2.</source>
        <translation>Compromissos sem marcos (%1): %2.</translation>
    </message>
    <message>
        <source>“%1” (commitment %2)</source>
        <translation>“%1” (compromisso %2)</translation>
    </message>
    <message>
        <source>Milestones without an expected completion (end) date (%1): %2.</source>
        <translation>Marcos sem data prevista de conclusão (término) (%1): %2.</translation>
    </message>
    <message>
        <source>No adopted forum decision approves the plan: record the forum&apos;s approval with its meeting.</source>
        <translation>Nenhuma decisão aprovada pelo fórum aprova o plano: registre a aprovação do fórum com a respectiva reunião.</translation>
    </message>
    <message>
        <source>Commitments with neither a progress update nor a completion level to assess them on (%1): %2.</source>
        <translation>Compromissos sem atualização de progresso nem nível de conclusão com base nos quais avaliá-los (%1): %2.</translation>
    </message>
    <message>
        <source>Commitments without a self-assessment (%1): %2.</source>
        <translation>Compromissos sem autoavaliação (%1): %2.</translation>
    </message>
    <message>
        <source>Commitments whose self-assessment gives no completion level (%1): %2.</source>
        <translation>Compromissos cuja autoavaliação não indica nível de conclusão (%1): %2.</translation>
    </message>
    <message>
        <source>No lesson learned is recorded for the plan.</source>
        <translation>Não há nenhuma lição aprendida registrada para o plano.</translation>
    </message>
    <message>
        <source>“%1” is not a stage of a plan; the stages are %2</source>
        <translation>“%1” não é uma etapa de um plano; as etapas são %2</translation>
    </message>
    <message>
        <source>“%1” is already at the stage “%2”</source>
        <translation>“%1” já está na etapa “%2”</translation>
    </message>
    <message>
        <source>A plan moves one stage at a time: from “%1”, “%2” can go to %3, not to “%4”</source>
        <translation>Um plano avança uma etapa por vez: de “%1”, “%2” pode passar para %3, não para “%4”</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>“%1” cannot move to “%2” yet: %3 Give a reason to move it anyway.</source>
        <translation>“%1” ainda não pode passar para “%2”: %3 Informe um motivo para passá-lo mesmo assim.</translation>
    </message>
    <message>
        <source>“%1” moved from “%2” to “%3”.</source>
        <translation>“%1” passou de “%2” para “%3”.</translation>
    </message>
    <message>
        <source>“%1” moved back from “%2” to “%3”.</source>
        <translation>“%1” voltou de “%2” para “%3”.</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Falta: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
</context>
<context>
    <name>StandardsCheck</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Did co-creation meet the Standards, and how much did the public influence the plan?</source>
        <translation>A cocriação cumpriu os Padrões, e quanto o público influenciou o plano?</translation>
    </message>
    <message>
        <source>The IRM reviews whether the co-creation process met the minimum requirements of the Participation and Co-Creation Standards, and the level of public influence on the action plan.</source>
        <translation>O IRM verifica se o processo de cocriação cumpriu os requisitos mínimos dos Padrões de Participação e Cocriação e o nível de influência do público no plano de ação.</translation>
    </message>
    <message>
        <source>OGP, Independent Reporting Mechanism: Action Plan Review.</source>
        <translation>OGP, Mecanismo Independente de Avaliação: Revisão do plano de ação.</translation>
    </message>
    <message>
        <source>Members today: %1</source>
        <translation>Membros atualmente: %1</translation>
    </message>
    <message>
        <source>Contributions received: %1 (%2); with a reasoned response: %3</source>
        <translation>Contribuições recebidas: %1 (%2); com resposta fundamentada: %3</translation>
    </message>
    <message>
        <source>Meetings of the plan held with civil society present: %1 of %2</source>
        <translation>Reuniões do plano realizadas com a presença da sociedade civil: %1 de %2</translation>
    </message>
    <message>
        <source>Contributions from outside government: %1 of %2</source>
        <translation>Contribuições de fora do governo: %1 de %2</translation>
    </message>
    <message>
        <source>Are the commitments verifiable, with an open-government lens?</source>
        <translation>Os compromissos são verificáveis e têm uma perspectiva de governo aberto?</translation>
    </message>
    <message>
        <source>Verifiable: the commitment sets out objectively verifiable activities, so that its implementation can be assessed. Open-government lens: it sets out to make a policy area, an institution or a decision-making process more transparent, participatory or accountable to the public.</source>
        <translation>Verificável: o compromisso estabelece atividades objetivamente verificáveis, de modo que sua implementação possa ser avaliada. Perspectiva de governo aberto: o compromisso busca tornar uma área de política, uma instituição ou um processo decisório mais transparente, participativo ou sujeito à prestação de contas ao público.</translation>
    </message>
    <message>
        <source>OGP glossary, “Verifiability” and “Relevance”; IRM Action Plan Review.</source>
        <translation>Glossário da OGP, “Verificabilidade” e “Relevância”; Revisão do plano de ação do IRM.</translation>
    </message>
    <message>
        <source>The plan has no commitments yet</source>
        <translation>O plano ainda não tem compromissos</translation>
    </message>
    <message numerus="yes">
        <source>Commitment %1 (%2): %n gap(s) in the template</source>
        <translation>
            <numerusform>Compromisso %1 (%2): %n lacuna no modelo</numerusform>
            <numerusform>Compromisso %1 (%2): %n lacunas no modelo</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitments with an OGP value (access to information, civic participation or public accountability): %1 of %2</source>
        <translation>Compromissos com um valor da OGP (acesso à informação, participação cidadã ou prestação de contas): %1 de %2</translation>
    </message>
    <message>
        <source>Commitments with technology and innovation alone, which OGP does not count: %1</source>
        <translation>Compromissos apenas com tecnologia e inovação, que a OGP não conta: %1</translation>
    </message>
    <message>
        <source>Commitments that fill in OGP&apos;s template: %1 of %2 (%3 gaps in all)</source>
        <translation>Compromissos que preenchem o modelo da OGP: %1 de %2 (%3 lacunas no total)</translation>
    </message>
    <message>
        <source>Milestones with an expected output and an end date: %1 of %2</source>
        <translation>Marcos com produto esperado e data de término: %1 de %2</translation>
    </message>
    <message>
        <source>Assessed commitments (the IRM&apos;s assessment, else the self-assessment): %1; verifiable: %2; relevant to an OGP value: %3</source>
        <translation>Compromissos avaliados (pelo IRM ou, na falta disso, pela autoavaliação): %1; verificáveis: %2; relevantes para um valor da OGP: %3</translation>
    </message>
    <message>
        <source>No commitment has been assessed yet</source>
        <translation>Nenhum compromisso foi avaliado até o momento</translation>
    </message>
    <message>
        <source>What potential for results do the commitments have?</source>
        <translation>Que potencial de resultados os compromissos têm?</translation>
    </message>
    <message>
        <source>Potential for results: unclear (it continues ongoing practice), modest (a positive but standalone change, such as a website, a data release, training or a pilot) or substantial (a possible game changer: binding and institutionalised change).</source>
        <translation>Potencial de resultados: pouco claro (dá continuidade a práticas em curso), modesto (uma mudança positiva, mas isolada, como um site, uma publicação de dados, uma capacitação ou um projeto-piloto) ou substancial (uma possível mudança decisiva: mudanças vinculantes e institucionalizadas).</translation>
    </message>
    <message>
        <source>OGP glossary, “Ambition”: the potential for results the IRM assesses since the 2020 action plans.</source>
        <translation>Glossário da OGP, “Ambição”: o potencial de resultados que o IRM avalia desde os planos de ação de 2020.</translation>
    </message>
    <message>
        <source>Assessed commitments (the IRM&apos;s assessment, else the self-assessment): %1 of %2</source>
        <translation>Compromissos avaliados (pelo IRM ou, na falta disso, pela autoavaliação): %1 de %2</translation>
    </message>
    <message>
        <source>Substantial potential for results: %1; moderate or transformative potential impact: %2</source>
        <translation>Potencial de resultados substancial: %1; impacto potencial moderado ou transformador: %2</translation>
    </message>
    <message>
        <source>Commitments on a frontier of open government: %1 of %2</source>
        <translation>Compromissos em uma fronteira do governo aberto: %1 de %2</translation>
    </message>
    <message>
        <source>Commitments on civic participation or public accountability: %1 of %2</source>
        <translation>Compromissos de participação cidadã ou prestação de contas: %1 de %2</translation>
    </message>
    <message>
        <source>Commitments with technology and innovation alone: %1</source>
        <translation>Compromissos apenas com tecnologia e inovação: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…e mais %n</numerusform>
            <numerusform>…e mais %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mês</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Government and civil society sit on the forum, under recorded rules of participation</source>
        <translation>O governo e a sociedade civil integram o fórum, com regras de participação registradas</translation>
    </message>
    <message>
        <source>OGP Participation and Co-Creation Standards (2021), Standard 1, minimum requirement 1.1: a space for ongoing dialogue with both government and civil-society members that meets regularly (at least every six months), with its basic rules on participation public. This check covers its members and rules; the next, its meetings.</source>
        <translation>Padrões de Participação e Cocriação da OGP (2021), Padrão 1, requisito mínimo 1.1: um espaço de diálogo permanente, com membros do governo e da sociedade civil, que se reúne regularmente (no mínimo a cada seis meses) e tem públicas as suas regras básicas de participação. Esta verificação abrange seus membros e regras; a seguinte, suas reuniões.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) today</source>
        <translation>
            <numerusform>%n membro atualmente</numerusform>
            <numerusform>%n membros atualmente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no member today</source>
        <translation>%1: nenhum membro atualmente</translation>
    </message>
    <message>
        <source>Rules of participation: recorded</source>
        <translation>Regras de participação: registradas</translation>
    </message>
    <message>
        <source>Rules of participation: not recorded</source>
        <translation>Regras de participação: não registradas</translation>
    </message>
    <message>
        <source>%1 (%2): term ends on %3</source>
        <translation>%1 (%2): o mandato termina em %3</translation>
    </message>
    <message>
        <source>no member of %1 sits on the forum today</source>
        <translation>atualmente não há membros de %1 no fórum</translation>
    </message>
    <message>
        <source>Bring %1 onto the forum and record its members on the Members page.</source>
        <translation>Inclua representantes de %1 no fórum e registre-os na página Membros.</translation>
    </message>
    <message>
        <source>the rules of participation are not recorded</source>
        <translation>as regras de participação não estão registradas</translation>
    </message>
    <message>
        <source>Agree the forum&apos;s rules of participation, record them in the forum&apos;s settings and publish them.</source>
        <translation>Acorde as regras de participação do fórum, registre-as nas configurações do fórum e publique-as.</translation>
    </message>
    <message>
        <source>Not met: %1.</source>
        <translation>Não cumprido: %1.</translation>
    </message>
    <message>
        <source>The terms of every member of %1 end by %2: after that the forum would lack the sector.</source>
        <translation>Os mandatos de todos os membros de %1 terminam até %2: depois disso, o fórum ficaria sem esse setor.</translation>
    </message>
    <message>
        <source>Renew those terms or appoint new members of %1 before %2.</source>
        <translation>Renove esses mandatos ou designe novos membros de %1 antes de %2.</translation>
    </message>
    <message>
        <source>Government (%1) and civil society (%2) sit on the forum, and its rules of participation are recorded.</source>
        <translation>O governo (%1) e a sociedade civil (%2) integram o fórum, e suas regras de participação estão registradas.</translation>
    </message>
    <message>
        <source>No action needed; renew members before their terms end.</source>
        <translation>Nenhuma ação necessária; renove os membros antes do fim de seus mandatos.</translation>
    </message>
    <message>
        <source>%1 without a session: from %2 (%3) to %4 (%5)</source>
        <translation>%1 sem sessões: de %2 (%3) a %4 (%5)</translation>
    </message>
    <message>
        <source>%1 without a session: from %2 (%3) to %4</source>
        <translation>%1 sem sessões: de %2 (%3) a %4</translation>
    </message>
    <message>
        <source>The forum meets at least every six months</source>
        <translation>O fórum se reúne no mínimo a cada seis meses</translation>
    </message>
    <message>
        <source>OGP Participation and Co-Creation Standards (2021), Standard 1, minimum requirement 1.1: the space for dialogue meets regularly, at least every six months. This check covers its meetings; the one before, its members and rules.</source>
        <translation>Padrões de Participação e Cocriação da OGP (2021), Padrão 1, requisito mínimo 1.1: o espaço de diálogo se reúne regularmente, no mínimo a cada seis meses. Esta verificação abrange suas reuniões; a anterior, seus membros e regras.</translation>
    </message>
    <message>
        <source>Forum founded on %1</source>
        <translation>Fórum criado em %1</translation>
    </message>
    <message>
        <source>The plan&apos;s cycle began on %1</source>
        <translation>O ciclo do plano começou em %1</translation>
    </message>
    <message>
        <source>No forum session held yet</source>
        <translation>Nenhuma sessão do fórum realizada até o momento</translation>
    </message>
    <message>
        <source>The forum has not held a session in the %1 since %2.</source>
        <translation>O fórum não realizou nenhuma sessão em %1, desde %2.</translation>
    </message>
    <message>
        <source>Convene a forum session now and record it on the Meetings page.</source>
        <translation>Convoque agora uma sessão do fórum e registre-a na página Reuniões.</translation>
    </message>
    <message>
        <source>The forum has not held its first session yet.</source>
        <translation>O fórum ainda não realizou sua primeira sessão.</translation>
    </message>
    <message>
        <source>Hold the forum&apos;s first session before %1.</source>
        <translation>Realize a primeira sessão do fórum antes de %1.</translation>
    </message>
    <message>
        <source>%1 from %2 to %3; the longest gap: %4</source>
        <translation>%1 de %2 a %3; o maior intervalo: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n forum session(s) held</source>
        <translation>
            <numerusform>%n sessão do fórum realizada</numerusform>
            <numerusform>%n sessões do fórum realizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier session(s) not listed</source>
        <translation>
            <numerusform>%n sessão anterior não listada</numerusform>
            <numerusform>%n sessões anteriores não listadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 (planned)</source>
        <translation>%1 — %2 (programada)</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) the forum went more than six months without a session; the longest gap lasted %1.</source>
        <translation>
            <numerusform>Em %n ocasião, o fórum passou mais de seis meses sem realizar sessões; o maior intervalo durou %1.</numerusform>
            <numerusform>Em %n ocasiões, o fórum passou mais de seis meses sem realizar sessões; o maior intervalo durou %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the date of the next session at each session, no more than six months ahead, and explain the gaps in the self-assessment report.</source>
        <translation>Em cada sessão, defina a data da seguinte, com no máximo seis meses de antecedência, e explique os intervalos no relatório de autoavaliação.</translation>
    </message>
    <message>
        <source>Hold the session planned for %1, or convene one sooner: the last was on %2.</source>
        <translation>Realize a sessão programada para %1 ou convoque uma antes: a última foi em %2.</translation>
    </message>
    <message>
        <source>Convene a forum session now: the last was on %1.</source>
        <translation>Convoque agora uma sessão do fórum: a última foi em %1.</translation>
    </message>
    <message>
        <source>Six months since the last session (%1) are up on %2, and no session is planned by then.</source>
        <translation>Em %2 completam-se seis meses desde a última sessão (%1), e não há nenhuma sessão programada até essa data.</translation>
    </message>
    <message>
        <source>Convene a forum session before %1.</source>
        <translation>Convoque uma sessão do fórum antes de %1.</translation>
    </message>
    <message>
        <source>No gap of more than six months between sessions; the longest lasted %1.</source>
        <translation>Nenhum intervalo de mais de seis meses entre sessões; o maior durou %1.</translation>
    </message>
    <message>
        <source>Hold the next session before %1.</source>
        <translation>Realize a próxima sessão antes de %1.</translation>
    </message>
    <message>
        <source>No action needed.</source>
        <translation>Nenhuma ação necessária.</translation>
    </message>
    <message>
        <source>The forum has a public OGP website</source>
        <translation>O fórum tem um site público da OGP</translation>
    </message>
    <message>
        <source>OGP Participation and Co-Creation Standards (2021), Standard 2, minimum requirement 2.1: a public OGP website dedicated to the member&apos;s participation in OGP is maintained.</source>
        <translation>Padrões de Participação e Cocriação da OGP (2021), Padrão 2, requisito mínimo 2.1: é mantido um site público da OGP dedicado à participação do membro na OGP.</translation>
    </message>
    <message>
        <source>No website address is recorded</source>
        <translation>Nenhum endereço de site registrado</translation>
    </message>
    <message>
        <source>No website is recorded for the forum.</source>
        <translation>Não há nenhum site registrado para o fórum.</translation>
    </message>
    <message>
        <source>Publish an OGP website (or a page on a government site) and record its address in the forum&apos;s settings.</source>
        <translation>Publique um site da OGP (ou uma página em um site do governo) e registre seu endereço nas configurações do fórum.</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Site: %1</translation>
    </message>
    <message>
        <source>The website recorded is not a web address (http:// or https://).</source>
        <translation>O site registrado não é um endereço da web (http:// ou https://).</translation>
    </message>
    <message>
        <source>Correct the website&apos;s address in the forum&apos;s settings, so that anyone can open it.</source>
        <translation>Corrija o endereço do site nas configurações do fórum, para que qualquer pessoa possa abri-lo.</translation>
    </message>
    <message>
        <source>The forum&apos;s website is recorded.</source>
        <translation>O site do fórum está registrado.</translation>
    </message>
    <message>
        <source>No action needed; keep the website up to date with the forum&apos;s work.</source>
        <translation>Nenhuma ação necessária; mantenha o site atualizado com o trabalho do fórum.</translation>
    </message>
    <message>
        <source>The forum keeps a public document repository</source>
        <translation>O fórum mantém um repositório público de documentos</translation>
    </message>
    <message>
        <source>OGP Participation and Co-Creation Standards (2021), Standard 2, minimum requirement 2.2: a publicly available document repository, updated at least twice a year (OGP glossary, “Repository”).</source>
        <translation>Padrões de Participação e Cocriação da OGP (2021), Padrão 2, requisito mínimo 2.2: um repositório de documentos acessível ao público, atualizado no mínimo duas vezes por ano (Glossário da OGP, “Repositório”).</translation>
    </message>
    <message>
        <source>No repository address is recorded</source>
        <translation>Nenhum endereço de repositório registrado</translation>
    </message>
    <message>
        <source>Repository: %1</source>
        <translation>Repositório: %1</translation>
    </message>
    <message>
        <source>Minutes published: %1 of %2 meetings of the plan held</source>
        <translation>Atas publicadas: %1 de %2 reuniões do plano realizadas</translation>
    </message>
    <message>
        <source>%1, not published</source>
        <translation>%1, não publicada</translation>
    </message>
    <message>
        <source>No document repository is recorded for the forum.</source>
        <translation>Não há nenhum repositório de documentos registrado para o fórum.</translation>
    </message>
    <message>
        <source>Open a public repository for the forum&apos;s documents (minutes, contributions, the plan, progress) and record its address in the forum&apos;s settings.</source>
        <translation>Crie um repositório público para os documentos do fórum (atas, contribuições, o plano, o progresso) e registre seu endereço nas configurações do fórum.</translation>
    </message>
    <message>
        <source>The repository recorded is not a web address (http:// or https://).</source>
        <translation>O repositório registrado não é um endereço da web (http:// ou https://).</translation>
    </message>
    <message>
        <source>Correct the repository&apos;s address in the forum&apos;s settings, so that anyone can open it.</source>
        <translation>Corrija o endereço do repositório nas configurações do fórum, para que qualquer pessoa possa abri-lo.</translation>
    </message>
    <message numerus="yes">
        <source>The minutes of %n meeting(s) held more than six months ago are not published.</source>
        <translation>
            <numerusform>A ata de %n reunião realizada há mais de seis meses não foi publicada.</numerusform>
            <numerusform>As atas de %n reuniões realizadas há mais de seis meses não foram publicadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve and publish those minutes in the repository, then mark them published on the Meetings page.</source>
        <translation>Aprove e publique essas atas no repositório; depois, marque-as como publicadas na página Reuniões.</translation>
    </message>
    <message>
        <source>The forum&apos;s repository is recorded, and no minutes older than six months wait to be published.</source>
        <translation>O repositório do fórum está registrado e não há atas com mais de seis meses aguardando publicação.</translation>
    </message>
    <message>
        <source>No action needed; publish each meeting&apos;s minutes once approved.</source>
        <translation>Nenhuma ação necessária; publique a ata de cada reunião assim que for aprovada.</translation>
    </message>
    <message>
        <source>Every contribution gets a reasoned response</source>
        <translation>Cada contribuição recebe uma resposta fundamentada</translation>
    </message>
    <message>
        <source>OGP Participation and Co-Creation Standards (2021), Standard 4: a reasoned response to stakeholders, explaining why their ideas were or were not included in the action plan (OGP glossary, “Reasoned response”).</source>
        <translation>Padrões de Participação e Cocriação da OGP (2021), Padrão 4: uma resposta fundamentada às partes interessadas, explicando por que suas ideias foram ou não incluídas no plano de ação (Glossário da OGP, “Resposta fundamentada”).</translation>
    </message>
    <message>
        <source>No contributions recorded for this plan</source>
        <translation>Nenhuma contribuição registrada para este plano</translation>
    </message>
    <message>
        <source>No contributions have been recorded for this plan.</source>
        <translation>Nenhuma contribuição foi registrada para este plano.</translation>
    </message>
    <message>
        <source>Record each contribution received during co-creation on the Co-create page, then answer it.</source>
        <translation>Registre na página Cocriação cada contribuição recebida durante a cocriação e depois responda a ela.</translation>
    </message>
    <message>
        <source>%1 of %2 contributions have a reasoned response</source>
        <translation>%1 de %2 contribuições têm resposta fundamentada</translation>
    </message>
    <message>
        <source>#%1 — %2, received on %3 (%4): no response yet</source>
        <translation>N.º %1 — %2, recebida em %3 (%4): ainda sem resposta</translation>
    </message>
    <message numerus="yes">
        <source>All %n contribution(s) have a reasoned response.</source>
        <translation>
            <numerusform>A contribuição recebida (%n) tem resposta fundamentada.</numerusform>
            <numerusform>Todas as contribuições (%n) têm resposta fundamentada.</numerusform>
        </translation>
    </message>
    <message>
        <source>No action needed; answer each new contribution with the forum&apos;s reasons.</source>
        <translation>Nenhuma ação necessária; responda a cada nova contribuição com as razões do fórum.</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) still wait for a reasoned response; the oldest was received on %1.</source>
        <translation>
            <numerusform>%n contribuição ainda aguarda resposta fundamentada; foi recebida em %1.</numerusform>
            <numerusform>%n contribuições ainda aguardam resposta fundamentada; a mais antiga foi recebida em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer them on the Co-create page before the plan is submitted, the oldest first.</source>
        <translation>Responda a elas na página Cocriação antes de enviar o plano, começando pela mais antiga.</translation>
    </message>
    <message>
        <source>Answer them now on the Co-create page and publish the responses: OGP expects a response to each contribution, even after the plan is submitted.</source>
        <translation>Responda a elas agora na página Cocriação e publique as respostas: a OGP espera uma resposta a cada contribuição, mesmo depois de enviado o plano.</translation>
    </message>
    <message>
        <source>At least two meetings a year present implementation results to civil society</source>
        <translation>No mínimo duas reuniões por ano apresentam à sociedade civil os resultados da implementação</translation>
    </message>
    <message>
        <source>OGP Participation and Co-Creation Standards (2021), Standard 5, minimum requirement 5.1: the forum holds at least two meetings every year with civil society to present results on the implementation of the action plan and collect comments (OGP National Handbook, “Implementing action plans”).</source>
        <translation>Padrões de Participação e Cocriação da OGP (2021), Padrão 5, requisito mínimo 5.1: o fórum realiza no mínimo duas reuniões por ano com a sociedade civil para apresentar os resultados da implementação do plano de ação e colher comentários (Manual Nacional da OGP, “Implementação dos planos de ação”).</translation>
    </message>
    <message>
        <source>Implementation starts on %1</source>
        <translation>A implementação começa em %1</translation>
    </message>
    <message>
        <source>The plan&apos;s implementation has not started.</source>
        <translation>A implementação do plano não começou.</translation>
    </message>
    <message>
        <source>Once implementation starts, hold at least two meetings a year where the implementing agencies present their results to civil society.</source>
        <translation>Quando a implementação começar, realize no mínimo duas reuniões por ano em que os órgãos responsáveis apresentem seus resultados à sociedade civil.</translation>
    </message>
    <message>
        <source>Implementation from %1 to %2</source>
        <translation>Implementação de %1 a %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s) presented</source>
        <translation>
            <numerusform>%n compromisso apresentado</numerusform>
            <numerusform>%n compromissos apresentados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n civil-society participant(s)</source>
        <translation>
            <numerusform>%n participante da sociedade civil</numerusform>
            <numerusform>%n participantes da sociedade civil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n reunião</numerusform>
            <numerusform>%n reuniões</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 expected</source>
        <translation>%1: %2 de %3 previstas</translation>
    </message>
    <message>
        <source>%1 (year under way): %2 of %3 expected</source>
        <translation>%1 (ano em curso): %2 de %3 previstas</translation>
    </message>
    <message>
        <source>Too few meetings presented implementation results to civil society in %1.</source>
        <translation>Em %1, foram insuficientes as reuniões que apresentaram à sociedade civil os resultados da implementação.</translation>
    </message>
    <message>
        <source>Hold at least two such meetings every year. If they took place, link their agenda items to the commitments presented and record who attended from civil society.</source>
        <translation>Realize no mínimo duas dessas reuniões por ano. Se elas ocorreram, vincule os itens da pauta aos compromissos apresentados e registre quem participou pela sociedade civil.</translation>
    </message>
    <message numerus="yes">
        <source>%n more meeting(s) with civil society on implementation results are needed in %1.</source>
        <translation>
            <numerusform>Em %1, falta %n reunião com a sociedade civil sobre os resultados da implementação.</numerusform>
            <numerusform>Em %1, faltam %n reuniões com a sociedade civil sobre os resultados da implementação.</numerusform>
        </translation>
    </message>
    <message>
        <source>Before %1, hold a meeting where the implementing agencies present their commitments&apos; results to civil society, with the agenda items linked to the commitments.</source>
        <translation>Antes de %1, realize uma reunião em que os órgãos responsáveis apresentem à sociedade civil os resultados de seus compromissos, com os itens da pauta vinculados aos compromissos.</translation>
    </message>
    <message>
        <source>Every year of implementation so far had enough meetings presenting results to civil society.</source>
        <translation>Até agora, todos os anos de implementação tiveram reuniões suficientes de apresentação de resultados à sociedade civil.</translation>
    </message>
    <message>
        <source>No action needed; keep two such meetings on each year&apos;s calendar.</source>
        <translation>Nenhuma ação necessária; mantenha duas dessas reuniões no calendário de cada ano.</translation>
    </message>
    <message>
        <source>The plan is submitted by its due date</source>
        <translation>O plano é enviado dentro do prazo</translation>
    </message>
    <message>
        <source>OGP, “Country and OGP Local dates and deadlines”: action plans are due on 31 August; a plan delivered more than four months late (after 1 January of the next year) acts contrary to OGP process.</source>
        <translation>OGP, “Datas e prazos para países e OGP Local”: o prazo dos planos de ação é 31 de agosto; um plano entregue com mais de quatro meses de atraso (após 1º de janeiro do ano seguinte) atua contrariamente ao processo da OGP.</translation>
    </message>
    <message>
        <source>Due on %1</source>
        <translation>Prazo: %1</translation>
    </message>
    <message>
        <source>Due on %1 (OGP&apos;s 31 August before the plan starts)</source>
        <translation>Prazo: %1 (o 31 de agosto anterior ao início do plano, segundo a OGP)</translation>
    </message>
    <message>
        <source>Submitted on %1</source>
        <translation>Enviado em %1</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation>Ainda não enviado</translation>
    </message>
    <message>
        <source>the forum approved the plan</source>
        <translation>o fórum aprovou o plano</translation>
    </message>
    <message>
        <source>More than four months late: OGP considers this acting contrary to process.</source>
        <translation>Mais de quatro meses de atraso: a OGP considera isso atuar contrariamente ao processo.</translation>
    </message>
    <message>
        <source>Submitted on %1, on time for its due date (%2).</source>
        <translation>Enviado em %1, dentro do prazo (%2).</translation>
    </message>
    <message>
        <source>Late by %1</source>
        <translation>Atraso de %1</translation>
    </message>
    <message>
        <source>Submitted on %1, %2 after its due date (%3).</source>
        <translation>Enviado em %1, %2 após o prazo (%3).</translation>
    </message>
    <message>
        <source>Explain the delay in the self-assessment report, and start the next plan&apos;s co-creation early enough to submit it by 31 August.</source>
        <translation>Explique o atraso no relatório de autoavaliação e inicie a cocriação do próximo plano com antecedência suficiente para enviá-lo até 31 de agosto.</translation>
    </message>
    <message>
        <source>Late by %1 today</source>
        <translation>Atraso de %1 até hoje</translation>
    </message>
    <message>
        <source>Due on %1 and not submitted: %2 late.</source>
        <translation>O prazo era %1 e o plano não foi enviado: %2 de atraso.</translation>
    </message>
    <message>
        <source>Submit the plan to OGP as soon as the forum approves it, and record the date with Edit Plan on the Co-create page. If it was submitted, record that date.</source>
        <translation>Envie o plano à OGP assim que o fórum o aprovar e registre a data com Editar plano na página Cocriação. Se ele já foi enviado, registre essa data.</translation>
    </message>
    <message>
        <source>Submit the plan to OGP before %1, when it would be more than four months late, and record the date with Edit Plan on the Co-create page. If it was submitted, record that date.</source>
        <translation>Envie o plano à OGP antes de %1, quando ele teria mais de quatro meses de atraso, e registre a data com Editar plano na página Cocriação. Se ele já foi enviado, registre essa data.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>Falta %n dia</numerusform>
            <numerusform>Faltam %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due on %1, in %n day(s), and not submitted yet.</source>
        <translation>
            <numerusform>O prazo vence em %1, daqui a %n dia, e o plano ainda não foi enviado.</numerusform>
            <numerusform>O prazo vence em %1, daqui a %n dias, e o plano ainda não foi enviado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish the co-creation, have the forum approve the plan and submit it by %1.</source>
        <translation>Conclua a cocriação, obtenha a aprovação do plano pelo fórum e envie-o até %1.</translation>
    </message>
    <message>
        <source>Not due until %1.</source>
        <translation>O prazo só vence em %1.</translation>
    </message>
    <message>
        <source>Plan the co-creation so that the forum can approve the plan before %1.</source>
        <translation>Planeje a cocriação para que o fórum possa aprovar o plano antes de %1.</translation>
    </message>
    <message>
        <source>The plan covers at least 20 months</source>
        <translation>O plano abrange no mínimo 20 meses</translation>
    </message>
    <message>
        <source>OGP, “Country and OGP Local dates and deadlines”: action plans cover a period of implementation of at least 20 months, ending on 31 August of the second year of implementation. (The page predates OGP&apos;s four-year plans; check it against OGP&apos;s current handbook.)</source>
        <translation>OGP, “Datas e prazos para países e OGP Local”: os planos de ação abrangem um período de implementação de no mínimo 20 meses, que termina em 31 de agosto do segundo ano de implementação. (A página é anterior aos planos de quatro anos da OGP; confira-a com o manual vigente da OGP.)</translation>
    </message>
    <message>
        <source>Starts on %1</source>
        <translation>Começa em %1</translation>
    </message>
    <message>
        <source>Ends on %1</source>
        <translation>Termina em %1</translation>
    </message>
    <message numerus="yes">
        <source>Covers %n month(s)</source>
        <translation>
            <numerusform>Abrange %n mês</numerusform>
            <numerusform>Abrange %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan covers %n month(s); OGP asks for at least 20.</source>
        <translation>
            <numerusform>O plano abrange %n mês; a OGP exige no mínimo 20.</numerusform>
            <numerusform>O plano abrange %n meses; a OGP exige no mínimo 20.</numerusform>
        </translation>
    </message>
    <message>
        <source>Extend the plan&apos;s period to at least 20 months with Edit Plan on the Co-create page, or agree the shorter period with OGP.</source>
        <translation>Amplie o período do plano para no mínimo 20 meses com Editar plano na página Cocriação, ou acorde com a OGP o período mais curto.</translation>
    </message>
    <message>
        <source>The plan ends on %1; OGP&apos;s implementation periods end on 31 August of the plan&apos;s last year.</source>
        <translation>O plano termina em %1; os períodos de implementação da OGP terminam em 31 de agosto do último ano do plano.</translation>
    </message>
    <message>
        <source>Check the end date with OGP&apos;s calendar; consider ending the plan on %1.</source>
        <translation>Confira a data de término com o calendário da OGP; considere terminar o plano em %1.</translation>
    </message>
    <message numerus="yes">
        <source>The plan covers %n months and ends on 31 August.</source>
        <translation>
            <numerusform>O plano abrange %n mês e termina em 31 de agosto.</numerusform>
            <numerusform>O plano abrange %n meses e termina em 31 de agosto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumprido</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Em risco</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Não cumprido</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Não se aplica</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendário</translation>
    </message>
    <message>
        <source>Standard %1</source>
        <translation>Padrão %1</translation>
    </message>
    <message numerus="yes">
        <source>%n met</source>
        <translation>
            <numerusform>%n cumprido</numerusform>
            <numerusform>%n cumpridos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <translation>
            <numerusform>%n em risco</numerusform>
            <numerusform>%n em risco</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not met</source>
        <translation>
            <numerusform>%n não cumprido</numerusform>
            <numerusform>%n não cumpridos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applicable</source>
        <translation>
            <numerusform>%n não se aplica</numerusform>
            <numerusform>%n não se aplicam</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncCopies</name>
    <message>
        <source>kept copy</source>
        <comment>a file&apos;s name: FORUM (kept copy DATE TIME)</comment>
        <translation>cópia guardada</translation>
    </message>
    <message>
        <source>merged copies</source>
        <comment>a folder&apos;s name: FORUM (merged copies)</comment>
        <translation>cópias fundidas</translation>
    </message>
    <message>
        <source>“%1” is in the way of the folder for merged copies</source>
        <translation>“%1” ocupa o lugar da pasta de cópias fundidas</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be made</source>
        <translation>Não é possível criar a pasta “%1”</translation>
    </message>
    <message>
        <source>“%1” cannot be moved into “%2”</source>
        <translation>Não é possível mover “%1” para “%2”</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>“%1” (%3) cannot be before “%2” (%4)</source>
        <translation>“%1” (%3) não pode ser anterior a “%2” (%4)</translation>
    </message>
    <message>
        <source>A progress update cannot be dated %1, before its milestone starts (%2)</source>
        <translation>Uma atualização de progresso não pode ter data de %1, anterior ao início do seu marco (%2)</translation>
    </message>
    <message>
        <source>The agenda has no item at position %1</source>
        <translation>A pauta não tem nenhum item na posição %1</translation>
    </message>
    <message>
        <source>%1 is already in this meeting&apos;s attendance</source>
        <translation>%1 já consta da lista de presença desta reunião</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) counted, but only %1 voting members are present</source>
        <translation>
            <numerusform>%n voto contado, mas só há %1 membros com direito a voto presentes</numerusform>
            <numerusform>%n votos contados, mas só há %1 membros com direito a voto presentes</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” (%3) must be after “%2” (%4)</source>
        <translation>“%1” (%3) deve ser posterior a “%2” (%4)</translation>
    </message>
    <message>
        <source>“%1” is required</source>
        <translation>O campo “%1” é obrigatório</translation>
    </message>
    <message>
        <source>“%1” is longer than %2 characters</source>
        <translation>O campo “%1” tem mais de %2 caracteres</translation>
    </message>
    <message>
        <source>“%1” must be one of %2, not “%3”</source>
        <translation>O campo “%1” deve ser um destes: %2, não “%3”</translation>
    </message>
    <message>
        <source>“%1” must be among %2, not “%3”</source>
        <translation>O campo “%1” deve estar entre %2, não “%3”</translation>
    </message>
    <message>
        <source>“%1” must be between %2 and %3, not %4</source>
        <translation>O campo “%1” deve estar entre %2 e %3, não %4</translation>
    </message>
    <message>
        <source>“%1” refers to %2 %3, which does not exist</source>
        <translation>O campo “%1” remete a um registro inexistente (%2 %3)</translation>
    </message>
    <message>
        <source>There is no %1 with id %2</source>
        <translation>Não existe registro de %1 com id %2</translation>
    </message>
    <message>
        <source>“%1” must be after “%2”</source>
        <translation>“%1” deve ser posterior a “%2”</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>National</source>
        <translation>Nacional</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espanhol</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francês</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Português</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Simple majority</source>
        <translation>Maioria simples</translation>
    </message>
    <message>
        <source>Two-thirds majority</source>
        <translation>Maioria de dois terços</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Governo</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Sociedade civil</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Academia</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Setor privado</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidência</translation>
    </message>
    <message>
        <source>Co-chair</source>
        <translation>Copresidência</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretaria técnica</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Alternate</source>
        <translation>Suplente</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador(a)</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Feminino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Não binário</translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation>Prefere não informar</translation>
    </message>
    <message>
        <source>Fiscal transparency</source>
        <translation>Transparência fiscal</translation>
    </message>
    <message>
        <source>Access to information</source>
        <translation>Acesso à informação</translation>
    </message>
    <message>
        <source>Asset disclosure</source>
        <translation>Declaração patrimonial</translation>
    </message>
    <message>
        <source>Citizen engagement</source>
        <translation>Participação cidadã</translation>
    </message>
    <message>
        <source>OGP values check</source>
        <translation>Verificação dos valores da OGP</translation>
    </message>
    <message>
        <source>Co-creation</source>
        <translation>Cocriação</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementação</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprendizagem</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerrado</translation>
    </message>
    <message>
        <source>Useful information for citizens</source>
        <translation>Informação útil para os cidadãos</translation>
    </message>
    <message>
        <source>Feedback on public services</source>
        <translation>Retorno sobre os serviços públicos</translation>
    </message>
    <message>
        <source>Participation in policy</source>
        <translation>Participação nas políticas públicas</translation>
    </message>
    <message>
        <source>Including excluded groups</source>
        <translation>Inclusão de grupos excluídos</translation>
    </message>
    <message>
        <source>Public resources and anti-corruption</source>
        <translation>Recursos públicos e combate à corrupção</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Não iniciado</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Forum session</source>
        <translation>Sessão do fórum</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Grupo de trabalho</translation>
    </message>
    <message>
        <source>Public event</source>
        <translation>Evento público</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Minutes in draft</source>
        <translation>Ata em elaboração</translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation>Ata aprovada</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remoto(a)</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Ausência justificada</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Represented by alternate</source>
        <translation>Representado(a) por suplente</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Votação</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Aprovada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitada</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Adiada</translation>
    </message>
    <message>
        <source>For</source>
        <translation>A favor</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contra</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstenção</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>On-line</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebida</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Em análise</translation>
    </message>
    <message>
        <source>Incorporated</source>
        <translation>Incorporada</translation>
    </message>
    <message>
        <source>Partially incorporated</source>
        <translation>Incorporada parcialmente</translation>
    </message>
    <message>
        <source>Not incorporated</source>
        <translation>Não incorporada</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicada</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autoavaliação</translation>
    </message>
    <message>
        <source>IRM</source>
        <translation>IRM</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Pouco claro</translation>
    </message>
    <message>
        <source>Modest</source>
        <translation>Modesto</translation>
    </message>
    <message>
        <source>Substantial</source>
        <translation>Substancial</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Menor</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Transformative</source>
        <translation>Transformador</translation>
    </message>
    <message>
        <source>No evidence available</source>
        <translation>Sem evidência disponível</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Limitado</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Worsened</source>
        <translation>Piorou</translation>
    </message>
    <message>
        <source>Did not change</source>
        <translation>Não mudou</translation>
    </message>
    <message>
        <source>Marginal</source>
        <translation>Marginal</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Significativo</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Excepcional</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processo</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Conteúdo</translation>
    </message>
    <message>
        <source>Anti-corruption</source>
        <translation>Combate à corrupção</translation>
    </message>
    <message>
        <source>Beneficial ownership</source>
        <translation>Beneficiários finais</translation>
    </message>
    <message>
        <source>Civic space</source>
        <translation>Espaço cívico</translation>
    </message>
    <message>
        <source>Climate and environment</source>
        <translation>Clima e meio ambiente</translation>
    </message>
    <message>
        <source>Digital governance</source>
        <translation>Governança digital</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educação</translation>
    </message>
    <message>
        <source>Fiscal openness</source>
        <translation>Abertura fiscal</translation>
    </message>
    <message>
        <source>Gender and inclusion</source>
        <translation>Gênero e inclusão</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Saúde</translation>
    </message>
    <message>
        <source>Justice</source>
        <translation>Justiça</translation>
    </message>
    <message>
        <source>Natural resources</source>
        <translation>Recursos naturais</translation>
    </message>
    <message>
        <source>Open contracting</source>
        <translation>Contratações abertas</translation>
    </message>
    <message>
        <source>Public participation</source>
        <translation>Participação pública</translation>
    </message>
    <message>
        <source>Public service delivery</source>
        <translation>Prestação de serviços públicos</translation>
    </message>
    <message>
        <source>Right to information</source>
        <translation>Direito à informação</translation>
    </message>
    <message>
        <source>Water and sanitation</source>
        <translation>Água e saneamento</translation>
    </message>
</context>
<context>
    <name>Website</name>
    <message>
        <source>Home</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniões</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Planos de ação</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>Dados abertos</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>New documents</source>
        <translation>Documentos novos</translation>
    </message>
    <message>
        <source>Skip to content</source>
        <translation>Ir para o conteúdo</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Seções</translation>
    </message>
    <message>
        <source>Last updated %1. Published with Forum Desk. Open data under the licence %2.</source>
        <translation>Última atualização: %1. Publicado com o Forum Desk. Dados abertos sob a licença %2.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plano de ação</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Ata</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>On-line</translation>
    </message>
    <message>
        <source>Add the coming sessions to your calendar (.ics)</source>
        <translation>Adicionar as próximas sessões à sua agenda (.ics)</translation>
    </message>
    <message>
        <source>Coming sessions</source>
        <translation>Próximas sessões</translation>
    </message>
    <message>
        <source>No session is scheduled yet.</source>
        <translation>Ainda não há sessões programadas.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Sessões anteriores</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Nenhuma ainda.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation>Convocação enviada</translation>
    </message>
    <message>
        <source>Minutes published</source>
        <translation>Ata publicada</translation>
    </message>
    <message>
        <source>Read the notice</source>
        <translation>Ler a convocação</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>Read the minutes</source>
        <translation>Ler a ata</translation>
    </message>
    <message>
        <source>Minutes (PDF)</source>
        <translation>Ata (PDF)</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisões</translation>
    </message>
    <message>
        <source>for %1, against %2, abstentions %3</source>
        <translation>a favor %1, contra %2, abstenções %3</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromissos</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Submitted to OGP</source>
        <translation>Enviado à OGP</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromisso</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Órgão responsável</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Nível de conclusão</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>The action plan on OGP&apos;s template</source>
        <translation>O plano de ação no modelo da OGP</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Relatório de progresso</translation>
    </message>
    <message>
        <source>End-of-term self-assessment</source>
        <translation>Autoavaliação final</translation>
    </message>
    <message>
        <source>OGP Participation and Co-Creation Standards: check</source>
        <translation>Padrões de Participação e Cocriação da OGP: verificação</translation>
    </message>
    <message>
        <source>Reasoned responses to contributions</source>
        <translation>Respostas fundamentadas às contribuições</translation>
    </message>
    <message numerus="yes">
        <source>%n public contribution(s) and the forum&apos;s responses</source>
        <translation>
            <numerusform>%n contribuição do público e a resposta do fórum</numerusform>
            <numerusform>%n contribuições do público e as respostas do fórum</numerusform>
        </translation>
    </message>
    <message>
        <source>Access to information</source>
        <translation>Acesso à informação</translation>
    </message>
    <message>
        <source>Civic participation</source>
        <translation>Participação cidadã</translation>
    </message>
    <message>
        <source>Public accountability</source>
        <translation>Prestação de contas</translation>
    </message>
    <message>
        <source>Technology and innovation for transparency and accountability</source>
        <translation>Tecnologia e inovação para a transparência e a prestação de contas</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Pessoa de contato</translation>
    </message>
    <message>
        <source>Other actors: government</source>
        <translation>Outros atores: governo</translation>
    </message>
    <message>
        <source>Other actors: civil society, private sector and others</source>
        <translation>Outros atores: sociedade civil, setor privado e outros</translation>
    </message>
    <message>
        <source>Policy areas</source>
        <translation>Áreas de política</translation>
    </message>
    <message>
        <source>OGP values</source>
        <translation>Valores da OGP</translation>
    </message>
    <message>
        <source>The forum&apos;s own tags (frontiers of open government)</source>
        <translation>Etiquetas próprias do fórum (fronteiras do governo aberto)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Orçamento</translation>
    </message>
    <message>
        <source>Brief description</source>
        <translation>Descrição breve</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>O problema</translation>
    </message>
    <message>
        <source>Its causes</source>
        <translation>Suas causas</translation>
    </message>
    <message>
        <source>What has been done so far</source>
        <translation>O que foi feito até agora</translation>
    </message>
    <message>
        <source>What the commitment does</source>
        <translation>O que o compromisso faz</translation>
    </message>
    <message>
        <source>How it solves the problem</source>
        <translation>Como resolve o problema</translation>
    </message>
    <message>
        <source>Results expected</source>
        <translation>Resultados esperados</translation>
    </message>
    <message>
        <source>How it advances transparency</source>
        <translation>Como promove a transparência</translation>
    </message>
    <message>
        <source>How it advances accountability</source>
        <translation>Como promove a prestação de contas</translation>
    </message>
    <message>
        <source>How it advances participation</source>
        <translation>Como promove a participação</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Marcos</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>No progress reported yet.</source>
        <translation>Ainda não foi informado nenhum progresso.</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>O que foi feito</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidência</translation>
    </message>
    <message>
        <source>Progress updates</source>
        <translation>Atualizações de progresso</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Avaliações</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Potential impact</source>
        <translation>Impacto potencial</translation>
    </message>
    <message>
        <source>Did it open government?</source>
        <translation>Contribuiu para abrir o governo?</translation>
    </message>
    <message>
        <source>How it was treated</source>
        <translation>Tratamento dado</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contribuições</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>A person is named only with their consent; otherwise the site says “a citizen” and their organisation, if any.</source>
        <translation>Uma pessoa só é identificada com o seu consentimento; caso contrário, o site indica “um cidadão ou cidadã” e a sua organização, se houver.</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Received through</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Taken into commitments</source>
        <translation>Incorporada em compromissos</translation>
    </message>
    <message>
        <source>The forum&apos;s response, %1</source>
        <translation>Resposta do fórum, %1</translation>
    </message>
    <message>
        <source>The forum&apos;s response</source>
        <translation>Resposta do fórum</translation>
    </message>
    <message>
        <source>Contributions and reasoned responses: %1</source>
        <translation>Contribuições e respostas fundamentadas: %1</translation>
    </message>
    <message>
        <source>The forum&apos;s public repository: the evidence of the co-creation process and of implementation, newest first.</source>
        <translation>O repositório público do fórum: as evidências do processo de cocriação e da implementação, das mais recentes às mais antigas.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
    <message>
        <source>Every record the forum publishes, as tables anyone can reuse. They are described by a Frictionless Data package, which data tools read.</source>
        <translation>Todos os registros que o fórum publica, em tabelas que qualquer pessoa pode reutilizar. Elas são descritas por um pacote Frictionless Data, que as ferramentas de dados conseguem ler.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>State of the records</source>
        <translation>Situação dos registros</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>O que contém</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Minutes published: %1</source>
        <translation>Ata publicada: %1</translation>
    </message>
    <message>
        <source>Session held: %1</source>
        <translation>Sessão realizada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n progress update(s) on the commitments of %1</source>
        <translation>
            <numerusform>%n atualização de progresso dos compromissos de %1</numerusform>
            <numerusform>%n atualizações de progresso dos compromissos de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reasoned response(s) to contributions to %1</source>
        <translation>
            <numerusform>%n resposta fundamentada a contribuições para %1</numerusform>
            <numerusform>%n respostas fundamentadas a contribuições para %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Action plan submitted to OGP: %1</source>
        <translation>Plano de ação enviado à OGP: %1</translation>
    </message>
    <message>
        <source>Last updated: %1</source>
        <translation>Última atualização: %1</translation>
    </message>
    <message>
        <source>The current action plan</source>
        <translation>O plano de ação vigente</translation>
    </message>
    <message>
        <source>What changed lately</source>
        <translation>Novidades</translation>
    </message>
    <message>
        <source>How the forum works</source>
        <translation>Como o fórum funciona</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quórum</translation>
    </message>
    <message>
        <source>%1 % of the voting members, with both government and civil society present</source>
        <translation>%1 % dos membros com direito a voto, com a presença do governo e da sociedade civil</translation>
    </message>
    <message>
        <source>%1 % of the voting members</source>
        <translation>%1 % dos membros com direito a voto</translation>
    </message>
    <message>
        <source>Point of contact</source>
        <translation>Ponto de contato</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Words to look for</source>
        <translation>Palavras a buscar</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Resultados: %1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nada encontrado.</translation>
    </message>
    <message>
        <source>Search needs JavaScript. Every page is also reachable from the menu.</source>
        <translation>A busca precisa de JavaScript. Todas as páginas também podem ser acessadas pelo menu.</translation>
    </message>
</context>
<context>
    <name>forumdesk::ActionItemDialog</name>
    <message>
        <source>Has a due date</source>
        <translation>Tem prazo</translation>
    </message>
    <message>
        <source>Edit Action Item</source>
        <translation>Editar tarefa</translation>
    </message>
    <message>
        <source>Add Action Item</source>
        <translation>Adicionar tarefa</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>O que deve ser feito</translation>
    </message>
    <message>
        <source>A member, or anyone else by name</source>
        <translation>Um membro ou qualquer outra pessoa, pelo nome</translation>
    </message>
    <message>
        <source>No particular decision</source>
        <translation>Nenhuma decisão específica</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Tarefa:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsável:</translation>
    </message>
    <message>
        <source>D&amp;ue on:</source>
        <translation>&amp;Prazo:</translation>
    </message>
    <message>
        <source>From &amp;decision:</source>
        <translation>Da &amp;decisão:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
</context>
<context>
    <name>forumdesk::ActionItemTableModel</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation>Acordada em</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (atrasada)</translation>
    </message>
</context>
<context>
    <name>forumdesk::ActionItemsPanel</name>
    <message>
        <source>Only meetings of the plan chosen in the toolbar</source>
        <translation>Somente reuniões do plano escolhido na barra de ferramentas</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>Marcar como &amp;concluída</translation>
    </message>
    <message>
        <source>&amp;Cancel Item</source>
        <translation>C&amp;ancelar tarefa</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <source>Find by task or owner</source>
        <translation>Buscar por tarefa ou responsável</translation>
    </message>
    <message>
        <source>Find action items</source>
        <translation>Buscar tarefas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abertas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluídas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>No action item matches “%1” (case and accents are ignored).</source>
        <translation>Nenhuma tarefa corresponde a “%1” (maiúsculas e acentos são ignorados).</translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n tarefa</numerusform>
            <numerusform>%n tarefas</numerusform>
        </translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tarefas</translation>
    </message>
</context>
<context>
    <name>forumdesk::AgendaModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected to start at %1</source>
        <translation>Início previsto: %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Apresentação</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromisso</translation>
    </message>
</context>
<context>
    <name>forumdesk::AgendaPanel</name>
    <message>
        <source>&amp;Add Item</source>
        <translation>&amp;Adicionar item</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descer</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>Drag an item, or press Ctrl+Up and Ctrl+Down, to change the order. F2 edits a cell.</source>
        <translation>Arraste um item, ou pressione Ctrl+Cima e Ctrl+Baixo, para mudar a ordem. F2 edita uma célula.</translation>
    </message>
    <message>
        <source>New agenda item: type its title and press Enter</source>
        <translation>Novo item da pauta: digite o título e pressione Enter</translation>
    </message>
    <message>
        <source>Ctrl+Up in the agenda</source>
        <translation>Ctrl+Cima na pauta</translation>
    </message>
    <message>
        <source>Ctrl+Down in the agenda</source>
        <translation>Ctrl+Baixo na pauta</translation>
    </message>
    <message>
        <source>The selected item is about &amp;commitment:</source>
        <translation>O item selecionado trata do &amp;compromisso:</translation>
    </message>
    <message>
        <source>Matters arising: action items still open from earlier meetings</source>
        <translation>Assuntos pendentes: tarefas ainda em aberto de reuniões anteriores</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>No items yet.</source>
        <translation>Ainda não há itens.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1 min; expected end %2</source>
        <translation>
            <numerusform>%n item, %1 min; término previsto: %2</numerusform>
            <numerusform>%n itens, %1 min; término previsto: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — later than the meeting&apos;s planned end (%2)</source>
        <translation>%1 — depois do término programado da reunião (%2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Novo item da pauta</translation>
    </message>
    <message>
        <source>Matters arising</source>
        <translation>Assuntos pendentes</translation>
    </message>
</context>
<context>
    <name>forumdesk::AssessmentDialog</name>
    <message>
        <source>Not assessed</source>
        <translation>Não avaliado</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Avaliado em</translation>
    </message>
    <message>
        <source>IRM Assessment</source>
        <translation>Avaliação do IRM</translation>
    </message>
    <message>
        <source>Self-Assessment</source>
        <translation>Autoavaliação</translation>
    </message>
    <message>
        <source>The Independent Reporting Mechanism&apos;s assessment, as its report gives it</source>
        <translation>A avaliação do Mecanismo Independente de Avaliação (IRM), tal como consta em seu relatório</translation>
    </message>
    <message>
        <source>The forum&apos;s own assessment, for the end-of-term self-assessment report</source>
        <translation>A avaliação do próprio fórum, para o relatório final de autoavaliação</translation>
    </message>
    <message>
        <source>Verifiable</source>
        <translation>Verificável</translation>
    </message>
    <message>
        <source>Not verifiable</source>
        <translation>Não verificável</translation>
    </message>
    <message>
        <source>Access to information</source>
        <translation>Acesso à informação</translation>
    </message>
    <message>
        <source>Civic participation</source>
        <translation>Participação cidadã</translation>
    </message>
    <message>
        <source>Public accountability</source>
        <translation>Prestação de contas</translation>
    </message>
    <message>
        <source>Technology and innovation</source>
        <translation>Tecnologia e inovação</translation>
    </message>
    <message>
        <source>OGP counts technology and innovation only together with one of the other three values</source>
        <translation>A OGP só conta tecnologia e inovação em conjunto com um dos outros três valores</translation>
    </message>
    <message>
        <source>The IRM&apos;s older scale, used for starred commitments and for plans before 2021</source>
        <translation>A escala anterior do IRM, usada para os compromissos estrela e para os planos anteriores a 2021</translation>
    </message>
    <message>
        <source>What the IRM found, and its recommendations</source>
        <translation>O que o IRM constatou e suas recomendações</translation>
    </message>
    <message>
        <source>The results, and the evidence behind this assessment</source>
        <translation>Os resultados e as evidências que fundamentam esta avaliação</translation>
    </message>
    <message>
        <source>Commitment:</source>
        <translation>Compromisso:</translation>
    </message>
    <message>
        <source>&amp;Verifiability:</source>
        <translation>&amp;Verificabilidade:</translation>
    </message>
    <message>
        <source>Relevant to:</source>
        <translation>Relevante para:</translation>
    </message>
    <message>
        <source>Potential for &amp;results:</source>
        <translation>Potencial de &amp;resultados:</translation>
    </message>
    <message>
        <source>Potential &amp;impact:</source>
        <translation>&amp;Impacto potencial:</translation>
    </message>
    <message>
        <source>&amp;Completion:</source>
        <translation>Nível de &amp;conclusão:</translation>
    </message>
    <message>
        <source>Did it &amp;open government?</source>
        <translation>Contribuiu para abrir o &amp;governo?</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Observações:</translation>
    </message>
    <message>
        <source>Starred:</source>
        <translation>Estrela:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Yes: verifiable, relevant, strong potential, substantial or complete.</source>
        <translation>Sim: verificável, relevante, com alto potencial e conclusão substancial ou total.</translation>
    </message>
    <message>
        <source>No: %1.</source>
        <translation>Não: %1.</translation>
    </message>
</context>
<context>
    <name>forumdesk::AttendancePanel</name>
    <message>
        <source>Add &amp;Guest…</source>
        <translation>Adicionar &amp;convidado(a)…</translation>
    </message>
    <message>
        <source>Remove Guest</source>
        <translation>Remover convidado(a)</translation>
    </message>
    <message>
        <source>Members&apos; attendance</source>
        <translation>Presença dos membros</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presença</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Convidado(a)</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>&amp;Present (P)</source>
        <translation>&amp;Presente (P)</translation>
    </message>
    <message>
        <source>&amp;Remote (R)</source>
        <translation>&amp;Remoto (R)</translation>
    </message>
    <message>
        <source>&amp;Excused (E)</source>
        <translation>Ausência &amp;justificada (E)</translation>
    </message>
    <message>
        <source>&amp;Absent (A)</source>
        <translation>&amp;Ausente (A)</translation>
    </message>
    <message>
        <source>Repre&amp;sented (S)…</source>
        <translation>Repre&amp;sentado (S)…</translation>
    </message>
    <message>
        <source>Choose a member and press P, R, E, A or S; the next member is selected for you.</source>
        <translation>Escolha um membro e pressione P, R, E, A ou S; o membro seguinte é selecionado automaticamente.</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quórum</translation>
    </message>
    <message>
        <source>&lt;b&gt;Present by sector&lt;/b&gt;</source>
        <translation>&lt;b&gt;Presentes por setor&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Convidados</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Não registrada</translation>
    </message>
    <message>
        <source>Represented by %1</source>
        <translation>Representado(a) por %1</translation>
    </message>
    <message>
        <source>%1 (no vote in the forum&apos;s decisions)</source>
        <translation>%1 (sem voto nas decisões do fórum)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 voting members present; %n needed.</source>
        <translation>
            <numerusform>Presentes %1 de %2 membros com direito a voto; é necessário %n.</numerusform>
            <numerusform>Presentes %1 de %2 membros com direito a voto; são necessários %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The forum&apos;s rule also needs government and civil society present.</source>
        <translation>O regimento do fórum também exige a presença do governo e da sociedade civil.</translation>
    </message>
    <message>
        <source>Quorum met</source>
        <translation>Há quórum</translation>
    </message>
    <message>
        <source>No quorum yet</source>
        <translation>Ainda não há quórum</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3%)</translation>
    </message>
    <message>
        <source>Nobody present yet</source>
        <translation>Ainda não há ninguém presente</translation>
    </message>
    <message>
        <source>Represented by an Alternate</source>
        <translation>Representado(a) por suplente</translation>
    </message>
    <message>
        <source>Name of the alternate who represents %1:</source>
        <translation>Nome do(a) suplente que representa %1:</translation>
    </message>
    <message>
        <source>Add Guest</source>
        <translation>Adicionar convidado(a)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organização:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>Se&amp;tor:</translation>
    </message>
    <message>
        <source>Give the guest&apos;s name, as it will appear in the minutes</source>
        <translation>Informe o nome do(a) convidado(a), tal como constará na ata</translation>
    </message>
</context>
<context>
    <name>forumdesk::ChartPanel</name>
    <message>
        <source>Save as…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image or an SVG drawing</source>
        <translation>Salvar este gráfico como imagem PNG ou desenho SVG</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagem PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing, for print and further editing (*.svg)</source>
        <translation>Desenho SVG, para impressão e edição posterior (*.svg)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Salvar gráfico</translation>
    </message>
    <message>
        <source>Chart Not Saved</source>
        <translation>Gráfico não salvo</translation>
    </message>
    <message>
        <source>“%1” was not written; choose another folder and try again.</source>
        <translation>“%1” não foi gravado; escolha outra pasta e tente novamente.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %n commitment(s)</source>
        <comment>plan, completion level</comment>
        <translation>
            <numerusform>%1 — %2: %n compromisso</numerusform>
            <numerusform>%1 — %2: %n compromissos</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress %1 % at %2</source>
        <translation>Progresso de %1 % em %2</translation>
    </message>
    <message>
        <source>%1: progress %2 %</source>
        <translation>%1: progresso de %2 %</translation>
    </message>
    <message>
        <source>No lead agency</source>
        <translation>Sem órgão responsável</translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) due by the end of %1</source>
        <translation>
            <numerusform>%n marco previsto até o fim de %1</numerusform>
            <numerusform>%n marcos previstos até o fim de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) done by the end of %1</source>
        <translation>
            <numerusform>%n marco cumprido até o fim de %1</numerusform>
            <numerusform>%n marcos cumpridos até o fim de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 present at the meeting of %3</source>
        <translation>%1: %2 presentes na reunião de %3</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) answered with a reasoned response</source>
        <translation>
            <numerusform>%n contribuição respondida com resposta fundamentada</numerusform>
            <numerusform>%n contribuições respondidas com resposta fundamentada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) incorporated, fully or in part</source>
        <translation>
            <numerusform>%n contribuição incorporada total ou parcialmente</numerusform>
            <numerusform>%n contribuições incorporadas total ou parcialmente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) received</source>
        <translation>
            <numerusform>%n contribuição recebida</numerusform>
            <numerusform>%n contribuições recebidas</numerusform>
        </translation>
    </message>
    <message>
        <source>No action plan has commitments yet.</source>
        <translation>Nenhum plano de ação tem compromissos ainda.</translation>
    </message>
    <message>
        <source>No progress has been reported on this plan&apos;s milestones yet.</source>
        <translation>Ainda não foi informado progresso nos marcos deste plano.</translation>
    </message>
    <message>
        <source>No commitment of this plan has milestones yet, so there is no progress to show by lead agency.</source>
        <translation>Nenhum compromisso deste plano tem marcos ainda; por isso, não há progresso a mostrar por órgão responsável.</translation>
    </message>
    <message>
        <source>No progress to show by OGP value yet: mark the commitments&apos; OGP values and report progress on their milestones.</source>
        <translation>Ainda não há progresso a mostrar por valor da OGP: marque os valores da OGP dos compromissos e registre o progresso de seus marcos.</translation>
    </message>
    <message>
        <source>This plan has no milestones yet.</source>
        <translation>Este plano ainda não tem marcos.</translation>
    </message>
    <message>
        <source>No attendance has been recorded at this plan&apos;s meetings yet.</source>
        <translation>Ainda não foi registrada presença nas reuniões deste plano.</translation>
    </message>
    <message>
        <source>No contributions have been received for this plan yet.</source>
        <translation>Ainda não foram recebidas contribuições para este plano.</translation>
    </message>
    <message>
        <source>%1: %2 minutes spoken at the meeting of %3</source>
        <translation>%1: %2 minutos de fala na reunião de %3</translation>
    </message>
    <message>
        <source>No meeting of this plan has been run in the live console yet: its speaking times show here.</source>
        <translation>Nenhuma reunião deste plano foi conduzida no console ao vivo ainda: os tempos de fala aparecerão aqui.</translation>
    </message>
</context>
<context>
    <name>forumdesk::CoCreatePage</name>
    <message>
        <source>New &amp;Plan…</source>
        <translation>Novo &amp;plano…</translation>
    </message>
    <message>
        <source>Edit P&amp;lan…</source>
        <translation>&amp;Editar plano…</translation>
    </message>
    <message>
        <source>Move to Ne&amp;xt Stage…</source>
        <translation>Passar para a próxima e&amp;tapa…</translation>
    </message>
    <message>
        <source>Export Plan &amp;Draft…</source>
        <translation>Exportar &amp;minuta do plano…</translation>
    </message>
    <message>
        <source>Export &amp;Response Report…</source>
        <translation>Exportar relatório de &amp;respostas…</translation>
    </message>
    <message>
        <source>Co-create the action plan</source>
        <translation>Cocriar o plano de ação</translation>
    </message>
    <message>
        <source>The action plan draft on OGP&apos;s template, in the forum&apos;s language</source>
        <translation>A minuta do plano de ação no modelo da OGP, no idioma do fórum</translation>
    </message>
    <message>
        <source>Every contribution with what became of it and why, in the forum&apos;s language</source>
        <translation>Cada contribuição com o tratamento dado e o porquê, no idioma do fórum</translation>
    </message>
    <message>
        <source>Check what the plan needs before it moves on, and move it</source>
        <translation>Verificar o que falta ao plano para mudar de etapa e fazê-lo avançar</translation>
    </message>
    <message>
        <source>From plan</source>
        <translation>Plano de origem</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lição</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendação</translation>
    </message>
    <message>
        <source>What the forum learned in earlier plans and carried into this one, for the co-creation to take into account. Lessons are carried on the Learn page.</source>
        <translation>O que o fórum aprendeu em planos anteriores e levou para este, para que a cocriação leve em conta. As lições são levadas de um plano a outro na página Aprendizagem.</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contribuições</translation>
    </message>
    <message>
        <source>Lessons from Earlier Plans</source>
        <translation>Lições de planos anteriores</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromissos</translation>
    </message>
    <message>
        <source>No action plan yet. Create one to log contributions and draft commitments.</source>
        <translation>Ainda não há plano de ação. Crie um para registrar contribuições e redigir compromissos.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Period: %1 to %2 (%n month(s))</source>
        <translation>
            <numerusform>Período: de %1 a %2 (%n mês)</numerusform>
            <numerusform>Período: de %1 a %2 (%n meses)</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>prazo: %1</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>enviado em %1</translation>
    </message>
    <message>
        <source>not submitted yet</source>
        <translation>ainda não enviado</translation>
    </message>
    <message>
        <source>Lessons from Earlier Plans (%1)</source>
        <translation>Lições de planos anteriores (%1)</translation>
    </message>
    <message>
        <source>Export Plan Draft</source>
        <translation>Exportar minuta do plano</translation>
    </message>
    <message>
        <source>Plan draft - %1</source>
        <translation>Minuta do plano - %1</translation>
    </message>
    <message>
        <source>Export Response Report</source>
        <translation>Exportar relatório de respostas</translation>
    </message>
    <message>
        <source>Reasoned responses - %1</source>
        <translation>Respostas fundamentadas - %1</translation>
    </message>
    <message>
        <source>Lessons from earlier plans</source>
        <translation>Lições de planos anteriores</translation>
    </message>
</context>
<context>
    <name>forumdesk::CommitmentsPanel</name>
    <message>
        <source>&amp;New Commitment</source>
        <translation>&amp;Novo compromisso</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Término</translation>
    </message>
    <message>
        <source>Add Milestone</source>
        <translation>Adicionar marco</translation>
    </message>
    <message>
        <source>Remove Milestone</source>
        <translation>Remover marco</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <source>Tick the practices of the reference library that inspired this commitment</source>
        <translation>Marque as práticas da biblioteca de referência que inspiraram este compromisso</translation>
    </message>
    <message>
        <source>Access to information</source>
        <translation>Acesso à informação</translation>
    </message>
    <message>
        <source>Civic participation</source>
        <translation>Participação cidadã</translation>
    </message>
    <message>
        <source>Public accountability</source>
        <translation>Prestação de contas</translation>
    </message>
    <message>
        <source>Technology and innovation</source>
        <translation>Tecnologia e inovação</translation>
    </message>
    <message>
        <source>OGP counts technology and innovation only together with one of the other three values</source>
        <translation>A OGP só conta tecnologia e inovação em conjunto com um dos outros três valores</translation>
    </message>
    <message numerus="yes">
        <source>One or two sentences that say what the commitment will do (at most %n characters)</source>
        <translation>
            <numerusform>Uma ou duas frases que digam o que o compromisso fará (no máximo %n caractere)</numerusform>
            <numerusform>Uma ou duas frases que digam o que o compromisso fará (no máximo %n caracteres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Title and department</source>
        <translation>Cargo e unidade</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Produto esperado</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Término</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Double-click a cell, or press F2, to change it; Tab moves to the next cell; Delete empties a date</source>
        <translation>Clique duas vezes em uma célula, ou pressione F2, para alterá-la; Tab passa para a célula seguinte; Delete apaga uma data</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>Nú&amp;mero:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Brie&amp;f description:</source>
        <translation>Descrição &amp;breve:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Datas:</translation>
    </message>
    <message>
        <source>&amp;Lead implementing agency:</source>
        <translation>Ó&amp;rgão responsável:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Pessoa de contato:</translation>
    </message>
    <message>
        <source>Supporting actors (government):</source>
        <translation>Atores envolvidos (governo):</translation>
    </message>
    <message>
        <source>Supporting actors (civil society, others):</source>
        <translation>Atores envolvidos (sociedade civil, outros):</translation>
    </message>
    <message>
        <source>Policy areas:</source>
        <translation>Áreas de política:</translation>
    </message>
    <message>
        <source>Problem definition</source>
        <translation>Definição do problema</translation>
    </message>
    <message>
        <source>The public &amp;problem:</source>
        <translation>O &amp;problema público:</translation>
    </message>
    <message>
        <source>Its causes:</source>
        <translation>Suas causas:</translation>
    </message>
    <message>
        <source>Commitment description</source>
        <translation>Descrição do compromisso</translation>
    </message>
    <message>
        <source>Done so far (status &amp;quo):</source>
        <translation>Feito até agora (&amp;status quo):</translation>
    </message>
    <message>
        <source>The solution (the &amp;commitment):</source>
        <translation>A solução (o &amp;compromisso):</translation>
    </message>
    <message>
        <source>How it &amp;solves the problem:</source>
        <translation>Como reso&amp;lve o problema:</translation>
    </message>
    <message>
        <source>&amp;Expected results:</source>
        <translation>Resultados esp&amp;erados:</translation>
    </message>
    <message>
        <source>Commitment analysis</source>
        <translation>Análise do compromisso</translation>
    </message>
    <message>
        <source>OGP values:</source>
        <translation>Valores da OGP:</translation>
    </message>
    <message>
        <source>How it promotes transparency:</source>
        <translation>Como promove a transparência:</translation>
    </message>
    <message>
        <source>How it fosters accountability:</source>
        <translation>Como fortalece a prestação de contas:</translation>
    </message>
    <message>
        <source>How it improves participation:</source>
        <translation>Como melhora a participação:</translation>
    </message>
    <message>
        <source>Further information</source>
        <translation>Informações adicionais</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Orçamento:</translation>
    </message>
    <message>
        <source>Links to other plans and SDGs:</source>
        <translation>Vínculos com outros planos e com os ODS:</translation>
    </message>
    <message>
        <source>Frontiers (the forum&apos;s own tags):</source>
        <translation>Fronteiras (etiquetas próprias do fórum):</translation>
    </message>
    <message>
        <source>Inspired by practices:</source>
        <translation>Inspirado nas práticas:</translation>
    </message>
    <message>
        <source>What the commitment still lacks on OGP&apos;s template:</source>
        <translation>O que ainda falta ao compromisso segundo o modelo da OGP:</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Marcos</translation>
    </message>
    <message>
        <source>Contributions that fed this commitment</source>
        <translation>Contribuições que alimentaram este compromisso</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>✓ Nothing: every field of the template is filled.</source>
        <translation>✓ Nada: todos os campos do modelo estão preenchidos.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4</source>
        <translation>%1 · %2 · %3: %4</translation>
    </message>
    <message>
        <source>No contribution is linked to this commitment yet.</source>
        <translation>Ainda não há contribuições vinculadas a este compromisso.</translation>
    </message>
    <message>
        <source>New commitment</source>
        <translation>Novo compromisso</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nova atividade</translation>
    </message>
    <message>
        <source>“%1” is not a date: choose one in the calendar.</source>
        <translation>“%1” não é uma data: escolha uma no calendário.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” não é um número.</translation>
    </message>
    <message>
        <source>A milestone cannot end before it starts.</source>
        <translation>Um marco não pode terminar antes de começar.</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromissos</translation>
    </message>
    <message>
        <source>What the template still needs</source>
        <translation>O que ainda falta no modelo</translation>
    </message>
    <message>
        <source>Reference practices that inspired it</source>
        <translation>Práticas de referência que o inspiraram</translation>
    </message>
    <message>
        <source>Contact person&apos;s name</source>
        <translation>Nome da pessoa de contato</translation>
    </message>
    <message>
        <source>Contact person&apos;s title and department</source>
        <translation>Cargo e departamento da pessoa de contato</translation>
    </message>
    <message>
        <source>Contact person&apos;s e-mail</source>
        <translation>E-mail da pessoa de contato</translation>
    </message>
    <message>
        <source>Contact person&apos;s phone</source>
        <translation>Telefone da pessoa de contato</translation>
    </message>
</context>
<context>
    <name>forumdesk::CompletionLevelDialog</name>
    <message>
        <source>Set Completion Level</source>
        <translation>Definir nível de conclusão</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Progress %1 % suggests “%2”.</source>
        <translation>Um progresso de %1 % sugere “%2”.</translation>
    </message>
    <message>
        <source>As progress suggests</source>
        <translation>Conforme sugere o progresso</translation>
    </message>
    <message>
        <source>Why the forum sets a level other than the one progress suggests</source>
        <translation>Por que o fórum define um nível diferente do sugerido pelo progresso</translation>
    </message>
    <message>
        <source>Commitment:</source>
        <translation>Compromisso:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nível:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Definir</translation>
    </message>
</context>
<context>
    <name>forumdesk::CompliancePage</name>
    <message>
        <source>Export Compliance &amp;Report…</source>
        <translation>Exportar relatório de &amp;conformidade…</translation>
    </message>
    <message>
        <source>The IRM&apos;s questions</source>
        <translation>As perguntas do IRM</translation>
    </message>
    <message>
        <source>Compliance with OGP&apos;s standards</source>
        <translation>Conformidade com os padrões da OGP</translation>
    </message>
    <message>
        <source>Every rule with its status, evidence and next step, and the IRM&apos;s questions, in the forum&apos;s language</source>
        <translation>Cada requisito com sua situação, evidência e próximo passo, e as perguntas do IRM, no idioma do fórum</translation>
    </message>
    <message>
        <source>Each OGP minimum requirement and calendar rule, checked from the forum&apos;s own records for the plan chosen above. Open the evidence to see the meetings, contributions and dates behind a status.</source>
        <translation>Cada requisito mínimo e cada regra de calendário da OGP, verificados com os próprios registros do fórum para o plano escolhido acima. Abra a evidência para ver as reuniões, contribuições e datas em que cada situação se baseia.</translation>
    </message>
    <message>
        <source>The Independent Reporting Mechanism (IRM) answers these questions in its own review. Each shows what the IRM looks for and the forum&apos;s figures that bear on it.</source>
        <translation>O Mecanismo Independente de Avaliação (IRM) responde a estas perguntas em sua própria análise. Cada uma mostra o que o IRM examina e os números do fórum relacionados a ela.</translation>
    </message>
    <message>
        <source>No action plan yet: the standards are checked for a plan. Start one on the Co-create page.</source>
        <translation>Ainda não há plano de ação: os padrões são verificados para um plano. Inicie um na página Cocriação.</translation>
    </message>
    <message>
        <source>The standards cannot be checked: %1</source>
        <translation>Não é possível verificar os padrões: %1</translation>
    </message>
    <message>
        <source>%1
Checked on %2: %3</source>
        <translation>%1
Verificado em %2: %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next step:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Próximo passo:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Evidência (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the IRM looks for:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;O que o IRM examina:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The forum&apos;s figures:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Os números do fórum:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Export Compliance Report</source>
        <translation>Exportar relatório de conformidade</translation>
    </message>
    <message>
        <source>Compliance report - %1</source>
        <translation>Relatório de conformidade - %1</translation>
    </message>
</context>
<context>
    <name>forumdesk::CompositionPanel</name>
    <message>
        <source>Composition today</source>
        <translation>Composição atual</translation>
    </message>
    <message>
        <source>Active members: %1</source>
        <translation>Membros ativos: %1</translation>
    </message>
    <message>
        <source>Not counted (term over or not begun): %1</source>
        <translation>Não contabilizados (mandato encerrado ou não iniciado): %1</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>Por setor</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Por gênero</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Não informado</translation>
    </message>
</context>
<context>
    <name>forumdesk::ContributionDialog</name>
    <message>
        <source>The author agrees to be &amp;named in published documents</source>
        <translation>O(a) autor(a) aceita ser &amp;identificado(a) nos documentos publicados</translation>
    </message>
    <message>
        <source>Responded on</source>
        <translation>Respondida em</translation>
    </message>
    <message>
        <source>Edit Contribution</source>
        <translation>Editar contribuição</translation>
    </message>
    <message>
        <source>New Contribution</source>
        <translation>Nova contribuição</translation>
    </message>
    <message>
        <source>Without consent, published documents call the author “a citizen” and name only the organisation</source>
        <translation>Sem consentimento, os documentos publicados chamam o(a) autor(a) de “um cidadão ou cidadã” e indicam apenas a organização</translation>
    </message>
    <message>
        <source>What was done with the contribution, and why</source>
        <translation>O que foi feito com a contribuição, e por quê</translation>
    </message>
    <message>
        <source>Not raised at a meeting</source>
        <translation>Não apresentada em reunião</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Recebida em:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor(a):</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organização:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Setor:</translation>
    </message>
    <message>
        <source>Raised at &amp;meeting:</source>
        <translation>Apresentada na reu&amp;nião:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Sit&amp;uação:</translation>
    </message>
    <message>
        <source>Reasoned &amp;response:</source>
        <translation>Resposta &amp;fundamentada:</translation>
    </message>
    <message>
        <source>Commitments it &amp;fed:</source>
        <translation>Compro&amp;missos para os quais contribuiu:</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribuição</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>Tratamento dado</translation>
    </message>
    <message>
        <source>The response cannot be dated before the contribution was received.</source>
        <translation>A resposta não pode ter data anterior ao recebimento da contribuição.</translation>
    </message>
    <message>
        <source>Commitments it fed</source>
        <translation>Compromissos que alimentou</translation>
    </message>
</context>
<context>
    <name>forumdesk::ContributionTableModel</name>
    <message>
        <source>Awaiting</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>%1

Response: %2</source>
        <translation>%1

Resposta: %2</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebida</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor(a)</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Respondida</translation>
    </message>
</context>
<context>
    <name>forumdesk::ContributionsPanel</name>
    <message>
        <source>&amp;Awaiting a response only</source>
        <translation>Somente &amp;aguardando resposta</translation>
    </message>
    <message>
        <source>&amp;New Contribution…</source>
        <translation>&amp;Nova contribuição…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Import from &amp;CSV…</source>
        <translation>Importar de &amp;CSV…</translation>
    </message>
    <message>
        <source>Find by author, organization or text</source>
        <translation>Buscar por autor(a), organização ou texto</translation>
    </message>
    <message>
        <source>Contributions without a reasoned response and its date (OGP standard 4)</source>
        <translation>Contribuições sem resposta fundamentada com data (padrão 4 da OGP)</translation>
    </message>
    <message>
        <source>Choose or create an action plan to log its contributions.</source>
        <translation>Escolha ou crie um plano de ação para registrar suas contribuições.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) received</source>
        <translation>
            <numerusform>%n contribuição recebida</numerusform>
            <numerusform>%n contribuições recebidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answered</source>
        <translation>
            <numerusform>%n respondida</numerusform>
            <numerusform>%n respondidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting a response</source>
        <translation>
            <numerusform>%n aguardando resposta</numerusform>
            <numerusform>%n aguardando resposta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incorporated</source>
        <translation>
            <numerusform>%n incorporada</numerusform>
            <numerusform>%n incorporadas</numerusform>
        </translation>
    </message>
    <message>
        <source>By sector: %1</source>
        <translation>Por setor: %1</translation>
    </message>
    <message>
        <source>By channel: %1</source>
        <translation>Por canal: %1</translation>
    </message>
    <message>
        <source>No contribution matches these filters.</source>
        <translation>Nenhuma contribuição corresponde a estes filtros.</translation>
    </message>
    <message>
        <source>No contribution matches “%1” (case and accents are ignored).</source>
        <translation>Nenhuma contribuição corresponde a “%1” (maiúsculas e acentos são ignorados).</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 exibidas</translation>
    </message>
    <message>
        <source>Import Contributions</source>
        <translation>Importar contribuições</translation>
    </message>
    <message>
        <source>Comma-separated values (*.csv *.txt);;All files (*)</source>
        <translation>Valores separados por vírgulas (*.csv *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the details).</source>
        <translation>
            <numerusform>… e mais %n (veja os detalhes).</numerusform>
            <numerusform>… e mais %n (veja os detalhes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) imported from “%1”.</source>
        <translation>
            <numerusform>%n contribuição importada de “%1”.</numerusform>
            <numerusform>%n contribuições importadas de “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped:</source>
        <translation>
            <numerusform>%n linha ignorada:</numerusform>
            <numerusform>%n linhas ignoradas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Find contributions</source>
        <translation>Buscar contribuições</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contribuições</translation>
    </message>
</context>
<context>
    <name>forumdesk::DashboardPage</name>
    <message>
        <source>The forum file is busy with a long change; the charts will be drawn again after it.</source>
        <translation>O arquivo do fórum está ocupado com uma alteração longa; os gráficos serão redesenhados quando ela terminar.</translation>
    </message>
    <message>
        <source>Forum Settings</source>
        <translation>Configurações do fórum</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>Join OGP</source>
        <translation>Adesão à OGP</translation>
    </message>
    <message>
        <source>The forum</source>
        <translation>O fórum</translation>
    </message>
    <message>
        <source>Joining OGP</source>
        <translation>Adesão à OGP</translation>
    </message>
    <message>
        <source>Current action plan</source>
        <translation>Plano de ação atual</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>The charts cannot be calculated: %1</source>
        <translation>Não é possível calcular os gráficos: %1</translation>
    </message>
    <message>
        <source>No action plan yet: its charts appear here once one is started on the Co-create page.</source>
        <translation>Ainda não há plano de ação: seus gráficos aparecerão aqui quando um plano for iniciado na página Cocriação.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Documents in %1; decides by %2</source>
        <translation>Idioma dos documentos: %1; decisão por %2</translation>
    </message>
    <message>
        <source>rules of participation</source>
        <translation>regras de participação</translation>
    </message>
    <message>
        <source>website (MR 2.1)</source>
        <translation>site (requisito mínimo 2.1)</translation>
    </message>
    <message>
        <source>document repository (MR 2.2)</source>
        <translation>repositório de documentos (requisito mínimo 2.2)</translation>
    </message>
    <message>
        <source>Still to fill in: %1</source>
        <translation>Falta preencher: %1</translation>
    </message>
    <message>
        <source>Active members: %1</source>
        <translation>Membros ativos: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Government and civil society both sit on the forum (MR 1.1).</source>
        <translation>O governo e a sociedade civil integram o fórum (requisito mínimo 1.1).</translation>
    </message>
    <message>
        <source>%1 of %2 eligibility criteria met</source>
        <translation>%1 de %2 critérios de elegibilidade cumpridos</translation>
    </message>
    <message>
        <source>Joined OGP on %1</source>
        <translation>Aderiu à OGP em %1</translation>
    </message>
    <message>
        <source>Letter of intent sent on %1</source>
        <translation>Carta de intenção enviada em %1</translation>
    </message>
    <message>
        <source>No letter of intent recorded yet</source>
        <translation>Ainda não há carta de intenção registrada</translation>
    </message>
    <message>
        <source>Point of contact: %1</source>
        <translation>Ponto de contato: %1</translation>
    </message>
    <message>
        <source>Action plan chosen (closed)</source>
        <translation>Plano de ação escolhido (encerrado)</translation>
    </message>
    <message>
        <source>How “%1” is going</source>
        <translation>Andamento de “%1”</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>No action plan yet. Plans are co-created with civil society; the Co-create page will let you start one.</source>
        <translation>Ainda não há plano de ação. Os planos são cocriados com a sociedade civil; é possível iniciar um na página Cocriação.</translation>
    </message>
    <message>
        <source>%1 to %2 · stage: %3</source>
        <translation>De %1 a %2 · etapa: %3</translation>
    </message>
    <message>
        <source>Commitments: %1</source>
        <translation>Compromissos: %1</translation>
    </message>
    <message>
        <source>This plan is closed; no plan is in progress.</source>
        <translation>Este plano está encerrado; não há nenhum plano em andamento.</translation>
    </message>
    <message>
        <source>This plan is closed; the plan in progress is “%1” (choose it in the toolbar).</source>
        <translation>Este plano está encerrado; o plano em andamento é “%1” (escolha-o na barra de ferramentas).</translation>
    </message>
</context>
<context>
    <name>forumdesk::DecisionDialog</name>
    <message>
        <source>Record each member&apos;s vote</source>
        <translation>Registrar o voto de cada membro</translation>
    </message>
    <message>
        <source>Edit Decision</source>
        <translation>Editar decisão</translation>
    </message>
    <message>
        <source>Add Decision</source>
        <translation>Adicionar decisão</translation>
    </message>
    <message>
        <source>What the forum agreed, as it will read in the minutes</source>
        <translation>O que o fórum decidiu, tal como constará na ata</translation>
    </message>
    <message>
        <source>No particular item</source>
        <translation>Nenhum item específico</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Voto</translation>
    </message>
    <message>
        <source>No vote recorded</source>
        <translation>Nenhum voto registrado</translation>
    </message>
    <message>
        <source>Mark attendance first: named votes are taken from the voting members present.</source>
        <translation>Registre primeiro a presença: os votos nominais são tomados dos membros com direito a voto presentes.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>A &amp;favor:</translation>
    </message>
    <message>
        <source>A&amp;gainst:</source>
        <translation>&amp;Contra:</translation>
    </message>
    <message>
        <source>Abs&amp;tentions:</source>
        <translation>Abs&amp;tenções:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decisão:</translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation>&amp;Item da pauta:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>Ma&amp;jority required:</source>
        <translation>Maioria e&amp;xigida:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>By the majority required, the vote gives: %1</source>
        <translation>Com a maioria exigida, o resultado da votação é: %1</translation>
    </message>
    <message>
        <source>Vote of %1</source>
        <translation>Voto de %1</translation>
    </message>
</context>
<context>
    <name>forumdesk::DocumentExport</name>
    <message>
        <source>Notice - %1</source>
        <translation>Convocação - %1</translation>
    </message>
    <message>
        <source>Cancellation - %1</source>
        <translation>Cancelamento - %1</translation>
    </message>
    <message>
        <source>Minutes - %1</source>
        <translation>Ata - %1</translation>
    </message>
    <message>
        <source>Export Minutes</source>
        <translation>Exportar ata</translation>
    </message>
    <message>
        <source>Export Notice</source>
        <translation>Exportar convocação</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text, for LibreOffice and Word (*.odt)</source>
        <translation>Texto OpenDocument, para LibreOffice e Word (*.odt)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>Não foi possível usar a impressora.</translation>
    </message>
    <message>
        <source>Export Invitation</source>
        <translation>Exportar convite</translation>
    </message>
    <message>
        <source>Calendar invitation (*.ics)</source>
        <translation>Convite de calendário (*.ics)</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Última exportação</translation>
    </message>
    <message>
        <source>Saved %1 in %2 · &lt;a href=&quot;%3&quot;&gt;Open&lt;/a&gt; · &lt;a href=&quot;%4&quot;&gt;Show Folder&lt;/a&gt;</source>
        <translation>%1 salvo em %2 · &lt;a href=&quot;%3&quot;&gt;Abrir&lt;/a&gt; · &lt;a href=&quot;%4&quot;&gt;Mostrar pasta&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>The document was not made. Nothing in the forum was changed.</source>
        <translation>O documento não foi gerado. Nada foi alterado no fórum.</translation>
    </message>
    <message>
        <source>“%1” was not written. Nothing in the forum was changed; choose another folder and try again.</source>
        <translation>“%1” não foi gravado. Nada foi alterado no fórum; escolha outra pasta e tente novamente.</translation>
    </message>
    <message>
        <source>Print Minutes</source>
        <translation>Imprimir ata</translation>
    </message>
    <message>
        <source>Print Notice</source>
        <translation>Imprimir convocação</translation>
    </message>
</context>
<context>
    <name>forumdesk::EvaluatePage</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>access to information</source>
        <translation>acesso à informação</translation>
    </message>
    <message>
        <source>civic participation</source>
        <translation>participação cidadã</translation>
    </message>
    <message>
        <source>public accountability</source>
        <translation>prestação de contas</translation>
    </message>
    <message>
        <source>technology and innovation</source>
        <translation>tecnologia e inovação</translation>
    </message>
    <message>
        <source>no OGP value</source>
        <translation>nenhum valor da OGP</translation>
    </message>
    <message>
        <source>Move to &amp;Next Stage…</source>
        <translation>Passar para a &amp;próxima etapa…</translation>
    </message>
    <message>
        <source>E&amp;xport Self-Assessment Report…</source>
        <translation>E&amp;xportar relatório de autoavaliação…</translation>
    </message>
    <message>
        <source>Evaluate the action plan</source>
        <translation>Avaliar o plano de ação</translation>
    </message>
    <message>
        <source>Check what the plan needs before it moves on, and move it</source>
        <translation>Verificar o que falta ao plano para mudar de etapa e fazê-lo avançar</translation>
    </message>
    <message>
        <source>The end-of-term self-assessment report, in the forum&apos;s language</source>
        <translation>O relatório final de autoavaliação, no idioma do fórum</translation>
    </message>
    <message>
        <source>IRM assessment</source>
        <translation>Avaliação do IRM</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autoavaliação</translation>
    </message>
    <message>
        <source>Verifiability:</source>
        <translation>Verificabilidade:</translation>
    </message>
    <message>
        <source>Relevant to:</source>
        <translation>Relevante para:</translation>
    </message>
    <message>
        <source>Potential for results:</source>
        <translation>Potencial de resultados:</translation>
    </message>
    <message>
        <source>Potential impact:</source>
        <translation>Impacto potencial:</translation>
    </message>
    <message>
        <source>Completion:</source>
        <translation>Nível de conclusão:</translation>
    </message>
    <message>
        <source>Did it open government?</source>
        <translation>Contribuiu para abrir o governo?</translation>
    </message>
    <message>
        <source>Assessed on:</source>
        <translation>Avaliado em:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Observações:</translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n compromisso</numerusform>
            <numerusform>%n compromissos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 self-assessed, %2 assessed by the IRM</source>
        <translation>%1 autoavaliados, %2 avaliados pelo IRM</translation>
    </message>
    <message numerus="yes">
        <source>%n starred on the IRM&apos;s assessment</source>
        <translation>
            <numerusform>%n com estrela na avaliação do IRM</numerusform>
            <numerusform>%n com estrela na avaliação do IRM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred on the self-assessment</source>
        <translation>
            <numerusform>%n com estrela na autoavaliação</numerusform>
            <numerusform>%n com estrela na autoavaliação</numerusform>
        </translation>
    </message>
    <message>
        <source>Completion, self-assessed: %1</source>
        <translation>Nível de conclusão (autoavaliação): %1</translation>
    </message>
    <message>
        <source>Completion, by the IRM: %1</source>
        <translation>Nível de conclusão (IRM): %1</translation>
    </message>
    <message>
        <source>No action plan yet: create one on the Co-create page.</source>
        <translation>Ainda não há plano de ação: crie um na página Cocriação.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose a commitment to see and record its assessments.</source>
        <translation>Escolha um compromisso para ver e registrar suas avaliações.</translation>
    </message>
    <message>
        <source>Edit IRM Assessment…</source>
        <translation>Editar avaliação do IRM…</translation>
    </message>
    <message>
        <source>Edit Self-Assessment…</source>
        <translation>Editar autoavaliação…</translation>
    </message>
    <message>
        <source>Record IRM Assessment…</source>
        <translation>Registrar avaliação do IRM…</translation>
    </message>
    <message>
        <source>Self-&amp;Assess…</source>
        <translation>&amp;Autoavaliar…</translation>
    </message>
    <message>
        <source>The IRM&apos;s assessment is not recorded yet. Record it when the IRM&apos;s report on the plan is out, as the report gives it.</source>
        <translation>A avaliação do IRM ainda não foi registrada. Registre-a quando o relatório do IRM sobre o plano for publicado, tal como consta nele.</translation>
    </message>
    <message>
        <source>The forum has not assessed this commitment yet. Its self-assessment feeds the end-of-term report, and must be done before the plan moves on to learning.</source>
        <translation>O fórum ainda não avaliou este compromisso. Sua autoavaliação alimenta o relatório final e deve ser feita antes que o plano passe para a etapa de aprendizagem.</translation>
    </message>
    <message>
        <source>Verifiable</source>
        <translation>Verificável</translation>
    </message>
    <message>
        <source>Not verifiable</source>
        <translation>Não verificável</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Export Self-Assessment Report</source>
        <translation>Exportar relatório de autoavaliação</translation>
    </message>
    <message>
        <source>Self-assessment report - %1</source>
        <translation>Relatório de autoavaliação - %1</translation>
    </message>
    <message>
        <source>Commitments and their assessments</source>
        <translation>Compromissos e suas avaliações</translation>
    </message>
</context>
<context>
    <name>forumdesk::EvaluationTableModel</name>
    <message>
        <source>%1 impact</source>
        <translation>Impacto: %1</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Ainda não avaliado</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Estrela</translation>
    </message>
    <message>
        <source>Not starred</source>
        <translation>Não é estrela</translation>
    </message>
    <message>
        <source>Neither the forum nor the IRM has assessed this commitment yet.</source>
        <translation>Nem o fórum nem o IRM avaliaram este compromisso ainda.</translation>
    </message>
    <message>
        <source>On the IRM&apos;s assessment</source>
        <translation>Segundo a avaliação do IRM</translation>
    </message>
    <message>
        <source>On the self-assessment (the IRM&apos;s is not in yet)</source>
        <translation>Segundo a autoavaliação (a do IRM ainda não está disponível)</translation>
    </message>
    <message>
        <source>%1: verifiable, relevant to an OGP value, with strong potential, and substantially or fully complete.</source>
        <translation>%1: verificável, relevante para um valor da OGP, com alto potencial e substancial ou totalmente concluído.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1
Lead agency: %2</source>
        <translation>%1
Órgão responsável: %2</translation>
    </message>
    <message>
        <source>Potential for results: %1
Potential impact: %2</source>
        <translation>Potencial de resultados: %1
Impacto potencial: %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromisso</translation>
    </message>
    <message>
        <source>Self:
completion</source>
        <translation>Autoav.:
conclusão</translation>
    </message>
    <message>
        <source>Self:
potential</source>
        <translation>Autoav.:
potencial</translation>
    </message>
    <message>
        <source>Self: opened
government?</source>
        <translation>Autoav.: abriu
o governo?</translation>
    </message>
    <message>
        <source>IRM:
completion</source>
        <translation>IRM:
conclusão</translation>
    </message>
    <message>
        <source>IRM:
potential</source>
        <translation>IRM:
potencial</translation>
    </message>
    <message>
        <source>IRM: opened
government?</source>
        <translation>IRM: abriu
o governo?</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Estrela</translation>
    </message>
    <message>
        <source>The forum&apos;s self-assessment</source>
        <translation>A autoavaliação do fórum</translation>
    </message>
    <message>
        <source>The Independent Reporting Mechanism&apos;s assessment</source>
        <translation>A avaliação do Mecanismo Independente de Avaliação (IRM)</translation>
    </message>
    <message>
        <source>Verifiable, relevant, strong potential and substantial or complete: on the IRM&apos;s assessment, or the self-assessment until the IRM&apos;s is in</source>
        <translation>Verificável, relevante, com alto potencial e conclusão substancial ou total: segundo a avaliação do IRM ou, enquanto ela não estiver disponível, segundo a autoavaliação</translation>
    </message>
</context>
<context>
    <name>forumdesk::FieldMessage</name>
    <message>
        <source>Problem with this field</source>
        <translation>Problema neste campo</translation>
    </message>
</context>
<context>
    <name>forumdesk::ForumSettingsPage</name>
    <message>
        <source>Country, province or city</source>
        <translation>País, estado/província ou cidade</translation>
    </message>
    <message>
        <source>The language of the forum&apos;s documents (minutes, plans, reports)</source>
        <translation>O idioma dos documentos do fórum (atas, planos, relatórios)</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Conhecida</translation>
    </message>
    <message>
        <source>The forum&apos;s mandate, membership and how it works (or a link to them)</source>
        <translation>O mandato do fórum, sua composição e seu funcionamento (ou um link para eles)</translation>
    </message>
    <message>
        <source>How anyone can take part: calls, selection of members, meetings open to the public</source>
        <translation>Como qualquer pessoa pode participar: chamadas, seleção de membros, reuniões abertas ao público</translation>
    </message>
    <message>
        <source>Share of the voting members who must be present for the forum to decide</source>
        <translation>Proporção dos membros com direito a voto que devem estar presentes para que o fórum possa decidir</translation>
    </message>
    <message>
        <source>Quorum needs government and civil society present</source>
        <translation>O quórum exige a presença do governo e da sociedade civil</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nome@exemplo.org</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Forum Settings</source>
        <translation>Configurações do fórum</translation>
    </message>
    <message>
        <source>This forum is open read-only: the settings are shown, not changed.</source>
        <translation>Este fórum está aberto somente para leitura: as configurações são exibidas, mas não podem ser alteradas.</translation>
    </message>
    <message>
        <source>Each change is saved when you leave the field. Undo it with Edit ▸ Undo.</source>
        <translation>Cada alteração é salva ao sair do campo. Para desfazê-la, use Editar ▸ Desfazer.</translation>
    </message>
    <message>
        <source>The forum</source>
        <translation>O fórum</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>Funcionamento</translation>
    </message>
    <message>
        <source>Public information</source>
        <translation>Informações públicas</translation>
    </message>
    <message>
        <source>This forum keeps UTC time, but this computer is set to %1. Meeting times, notices and invitations use the forum&apos;s time zone: a meeting set for 10:00 reaches invitees&apos; calendars at %2, %1 time.</source>
        <translation>Este fórum usa o horário UTC, mas este computador está configurado para %1. Os horários das reuniões, as convocações e os convites usam o fuso horário do fórum: uma reunião marcada para as 10:00 chega à agenda dos convidados às %2, horário de %1.</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>&amp;Usar %1</translation>
    </message>
    <message>
        <source>Write the full web address, starting with https:// (for example https://gobiernoabierto.example.org)</source>
        <translation>Digite o endereço web completo, começando por https:// (por exemplo, https://governoaberto.example.org)</translation>
    </message>
    <message>
        <source>Write the full web address, starting with https://</source>
        <translation>Digite o endereço web completo, começando por https://</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>“%1” não é um endereço de e-mail</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; choose one from the list, such as America/Lima</source>
        <translation>“%1” não é um fuso horário; escolha um da lista, como America/Sao_Paulo</translation>
    </message>
</context>
<context>
    <name>forumdesk::ForumWorkspace</name>
    <message>
        <source>Read-only: %1 Changes cannot be made; use File ▸ Save a Copy… to keep a copy you can edit.</source>
        <translation>Somente leitura: %1 Não é possível fazer alterações; use Arquivo ▸ Salvar uma cópia… para ter uma cópia editável.</translation>
    </message>
    <message>
        <source>&amp;Take Over…</source>
        <translation>&amp;Assumir a edição…</translation>
    </message>
    <message>
        <source>Open the forum for editing here, if Forum Desk on %1 is no longer using it</source>
        <translation>Abrir o fórum aqui para edição, se o Forum Desk em %1 não o estiver mais usando</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Seções</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Fórum</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Adesão</translation>
    </message>
    <message>
        <source>Co-create</source>
        <translation>Cocriação</translation>
    </message>
    <message>
        <source>Implement</source>
        <translation>Implementação</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Aprendizagem</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformidade</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniões</translation>
    </message>
</context>
<context>
    <name>forumdesk::ImplementPage</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Add Progress &amp;Update…</source>
        <translation>Registrar &amp;progresso…</translation>
    </message>
    <message>
        <source>Set Completion &amp;Level…</source>
        <translation>Definir &amp;nível de conclusão…</translation>
    </message>
    <message>
        <source>Export Progress &amp;Report…</source>
        <translation>E&amp;xportar relatório de progresso…</translation>
    </message>
    <message>
        <source>Pr&amp;int Progress Report…</source>
        <translation>&amp;Imprimir relatório de progresso…</translation>
    </message>
    <message>
        <source>Move to Ne&amp;xt Stage…</source>
        <translation>Passar para a próxima e&amp;tapa…</translation>
    </message>
    <message>
        <source>Implement</source>
        <translation>Implementação</translation>
    </message>
    <message>
        <source>Every commitment&apos;s progress, completion level, milestones and latest updates with their evidence, and the plan&apos;s charts, in the forum&apos;s language</source>
        <translation>O progresso, o nível de conclusão, os marcos e as últimas atualizações de cada compromisso, com suas evidências, e os gráficos do plano, no idioma do fórum</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Órgão responsável</translation>
    </message>
    <message>
        <source>OGP value</source>
        <translation>Valor da OGP</translation>
    </message>
    <message>
        <source>All OGP values</source>
        <translation>Todos os valores da OGP</translation>
    </message>
    <message>
        <source>Access to information</source>
        <translation>Acesso à informação</translation>
    </message>
    <message>
        <source>Civic participation</source>
        <translation>Participação cidadã</translation>
    </message>
    <message>
        <source>Public accountability</source>
        <translation>Prestação de contas</translation>
    </message>
    <message>
        <source>Technology and innovation</source>
        <translation>Tecnologia e inovação</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todas as situações</translation>
    </message>
    <message>
        <source>With overdue milestones</source>
        <translation>Com marcos vencidos</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Não iniciados</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Concluídos</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromisso</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Nível de conclusão</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Marcos</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Marco</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Término</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Relato</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidência</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Informado por</translation>
    </message>
    <message>
        <source>Milestones of the commitment</source>
        <translation>Marcos do compromisso</translation>
    </message>
    <message>
        <source>Progress updates of the milestone</source>
        <translation>Atualizações de progresso do marco</translation>
    </message>
    <message>
        <source>Check what the plan needs before it moves on, and move it</source>
        <translation>Verificar o que falta ao plano para mudar de etapa e fazê-lo avançar</translation>
    </message>
    <message>
        <source>No action plan yet: create one on the Co-create page.</source>
        <translation>Ainda não há plano de ação: crie um na página Cocriação.</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>All lead agencies</source>
        <translation>Todos os órgãos responsáveis</translation>
    </message>
    <message>
        <source>Last update: %1</source>
        <translation>Última atualização: %1</translation>
    </message>
    <message>
        <source>No progress update yet</source>
        <translation>Ainda não há atualizações de progresso</translation>
    </message>
    <message>
        <source>%1 (set by the forum)</source>
        <translation>%1 (definido pelo fórum)</translation>
    </message>
    <message>
        <source>Progress suggests “%1”. Reason: %2</source>
        <translation>O progresso sugere “%1”. Motivo: %2</translation>
    </message>
    <message>
        <source>As progress suggests</source>
        <translation>Conforme sugere o progresso</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 cumpridos</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n overdue</source>
        <translation>
            <numerusform>%1, %n vencido</numerusform>
            <numerusform>%1, %n vencidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s) shown</source>
        <translation>
            <numerusform>%n compromisso exibido</numerusform>
            <numerusform>%n compromissos exibidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n with overdue milestones</source>
        <translation>
            <numerusform>; %n com marcos vencidos</numerusform>
            <numerusform>; %n com marcos vencidos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Responsible: %2</source>
        <translation>%1
Responsável: %2</translation>
    </message>
    <message>
        <source>Reported on %1</source>
        <translation>Informado em %1</translation>
    </message>
    <message>
        <source>%1
Overdue: it was to end by %2</source>
        <translation>%1
Vencido: deveria terminar até %2</translation>
    </message>
    <message>
        <source>Export Progress Report</source>
        <translation>Exportar relatório de progresso</translation>
    </message>
    <message>
        <source>Progress report - %1</source>
        <translation>Relatório de progresso - %1</translation>
    </message>
    <message>
        <source>Print Progress Report</source>
        <translation>Imprimir relatório de progresso</translation>
    </message>
    <message>
        <source>Commitments and their progress</source>
        <translation>Compromissos e seu progresso</translation>
    </message>
    <message>
        <source>Progress updates</source>
        <translation>Atualizações de progresso</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (atrasada)</translation>
    </message>
</context>
<context>
    <name>forumdesk::ImportPreviewDialog</name>
    <message>
        <source>Import Contributions</source>
        <translation>Importar contribuições</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Row(s)</source>
        <translation>
            <numerusform>&amp;Importar %n linha</numerusform>
            <numerusform>&amp;Importar %n linhas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebida</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor(a)</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribuição</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>To import</source>
        <translation>A importar</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorada</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicada</translation>
    </message>
    <message>
        <source>“%1” cannot be imported as it is: correct the file and try again. Nothing was imported.</source>
        <translation>Não é possível importar “%1” tal como está: corrija o arquivo e tente novamente. Nada foi importado.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to import</source>
        <translation>
            <numerusform>%n linha a importar</numerusform>
            <numerusform>%n linhas a importar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n duplicada ignorada</numerusform>
            <numerusform>%n duplicadas ignoradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems skipped</source>
        <translation>
            <numerusform>%n linha com problemas ignorada</numerusform>
            <numerusform>%n linhas com problemas ignoradas</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2.</source>
        <translation>“%1”: %2.</translation>
    </message>
    <message>
        <source>Read as %1: check in the table below that accents and symbols look right.</source>
        <translation>Lido como %1: confira na tabela abaixo se os acentos e símbolos aparecem corretamente.</translation>
    </message>
    <message>
        <source>Nothing to import: every row is a duplicate or has a problem.</source>
        <translation>Nada a importar: todas as linhas estão duplicadas ou têm algum problema.</translation>
    </message>
    <message>
        <source>Duplicates and rows with problems will not be imported. To add a skipped row later, correct it in the file and import the file again: the rows imported now will then show as duplicates.</source>
        <translation>As linhas duplicadas e as linhas com problemas não serão importadas. Para adicionar depois uma linha ignorada, corrija-a no arquivo e importe o arquivo novamente: as linhas importadas agora aparecerão então como duplicadas.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) look like spreadsheet formulas (they start with =, +, - or @); they are kept as plain text.</source>
        <translation>
            <numerusform>%n célula parece uma fórmula de planilha (começa com =, +, - ou @); ela é mantida como texto simples.</numerusform>
            <numerusform>%n células parecem fórmulas de planilha (começam com =, +, - ou @); elas são mantidas como texto simples.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import.</source>
        <translation>Nada é gravado antes de escolher Importar.</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Linhas a importar</translation>
    </message>
</context>
<context>
    <name>forumdesk::JoinPage</name>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Join OGP</source>
        <translation>Adesão à OGP</translation>
    </message>
    <message>
        <source>To join the Open Government Partnership, a government meets the eligibility criteria, sends a letter of intent and names a point of contact.</source>
        <translation>Para aderir à Parceria para Governo Aberto, um governo cumpre os critérios de elegibilidade, envia uma carta de intenção e designa um ponto de contato.</translation>
    </message>
    <message>
        <source>Eligibility checklist</source>
        <translation>Critérios de elegibilidade</translation>
    </message>
    <message>
        <source>Criterion met</source>
        <translation>Critério cumprido</translation>
    </message>
    <message>
        <source>Evidence (source, score or link)</source>
        <translation>Evidência (fonte, pontuação ou link)</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Verificado em</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Conhecida</translation>
    </message>
    <message>
        <source>Joining record</source>
        <translation>Registro de adesão</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>All %1 eligibility criteria are met.</source>
        <translation>Todos os %1 critérios de elegibilidade são cumpridos.</translation>
    </message>
    <message>
        <source>%1 of %2 eligibility criteria met.</source>
        <translation>%1 de %2 critérios de elegibilidade cumpridos.</translation>
    </message>
</context>
<context>
    <name>forumdesk::LearnPage</name>
    <message>
        <source>Move to &amp;Next Stage…</source>
        <translation>Passar para a &amp;próxima etapa…</translation>
    </message>
    <message>
        <source>&amp;Add Lesson…</source>
        <translation>&amp;Adicionar lição…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>&amp;Carry into Plan…</source>
        <translation>&amp;Levar para um plano…</translation>
    </message>
    <message>
        <source>Learn for the next plan</source>
        <translation>Aprender para o próximo plano</translation>
    </message>
    <message>
        <source>Check what the plan needs before it moves on, and move it</source>
        <translation>Verificar o que falta ao plano para mudar de etapa e fazê-lo avançar</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lições</translation>
    </message>
    <message>
        <source>Reference Practices</source>
        <translation>Práticas de referência</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lição</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendação</translation>
    </message>
    <message>
        <source>Carried into</source>
        <translation>Levada para</translation>
    </message>
    <message>
        <source>Carry the lesson into a later plan, where it joins the co-creation inputs</source>
        <translation>Levar a lição para um plano posterior, onde ela se soma aos insumos da cocriação</translation>
    </message>
    <message>
        <source>From plan</source>
        <translation>Plano de origem</translation>
    </message>
    <message>
        <source>Lessons learned in this plan</source>
        <translation>Lições aprendidas neste plano</translation>
    </message>
    <message>
        <source>Lessons carried into this plan from earlier plans</source>
        <translation>Lições de planos anteriores levadas para este plano</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Prática</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Citada por</translation>
    </message>
    <message>
        <source>Commitments inspired by it (cite it on the Co-create page):</source>
        <translation>Compromissos inspirados nela (cite-a na página Cocriação):</translation>
    </message>
    <message>
        <source>Practices from other OGP members along the five frontiers for expanding open government, for the forum to learn from.</source>
        <translation>Práticas de outros membros da OGP nas cinco fronteiras para ampliar o governo aberto, para que o fórum aprenda com elas.</translation>
    </message>
    <message>
        <source>No action plan yet: create one on the Co-create page.</source>
        <translation>Ainda não há plano de ação: crie um na página Cocriação.</translation>
    </message>
    <message>
        <source>Not carried yet</source>
        <translation>Ainda não levada</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lição</numerusform>
            <numerusform>%n lições</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n carried into a later plan</source>
        <translation>
            <numerusform>%n levada para um plano posterior</numerusform>
            <numerusform>%n levadas para um plano posterior</numerusform>
        </translation>
    </message>
    <message>
        <source>No lesson of an earlier plan is carried into this one.</source>
        <translation>Nenhuma lição de um plano anterior foi levada para este.</translation>
    </message>
    <message numerus="yes">
        <source>These %n lesson(s) are among this plan&apos;s co-creation inputs, on the Co-create page.</source>
        <translation>
            <numerusform>Esta lição (%n) está entre os insumos da cocriação deste plano, na página Cocriação.</numerusform>
            <numerusform>Estas %n lições estão entre os insumos da cocriação deste plano, na página Cocriação.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n compromisso</numerusform>
            <numerusform>%n compromissos</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a practice to read about it.</source>
        <translation>Escolha uma prática para ler sobre ela.</translation>
    </message>
    <message>
        <source>%1

Frontier: %2</source>
        <translation>%1

Fronteira: %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No commitment of this forum cites it yet.</source>
        <translation>Nenhum compromisso deste fórum a cita ainda.</translation>
    </message>
    <message>
        <source>Carry into Plan</source>
        <translation>Levar para um plano</translation>
    </message>
    <message>
        <source>There is no later plan to carry this lesson into yet. Create the next plan on the Co-create page first.</source>
        <translation>Ainda não há um plano posterior para o qual levar esta lição. Crie primeiro o próximo plano na página Cocriação.</translation>
    </message>
    <message>
        <source>Take it back: not carried into any plan</source>
        <translation>Retirá-la: não levar para nenhum plano</translation>
    </message>
    <message>
        <source>The plan whose co-creation this lesson feeds:</source>
        <translation>O plano cuja cocriação esta lição alimenta:</translation>
    </message>
    <message>
        <source>Carry</source>
        <translation>Levar</translation>
    </message>
    <message>
        <source>Lessons carried into this plan</source>
        <translation>Lições incorporadas a este plano</translation>
    </message>
    <message>
        <source>Reference practices</source>
        <translation>Práticas de referência</translation>
    </message>
    <message>
        <source>Commitments inspired by it</source>
        <translation>Compromissos inspirados nela</translation>
    </message>
</context>
<context>
    <name>forumdesk::LessonDialog</name>
    <message>
        <source>Edit Lesson</source>
        <translation>Editar lição</translation>
    </message>
    <message>
        <source>Add Lesson</source>
        <translation>Adicionar lição</translation>
    </message>
    <message>
        <source>About the process (co-creation, the forum, participation)</source>
        <translation>Sobre o processo (a cocriação, o fórum, a participação)</translation>
    </message>
    <message>
        <source>About the substance (the commitments and their results)</source>
        <translation>Sobre o conteúdo (os compromissos e seus resultados)</translation>
    </message>
    <message>
        <source>What the forum learned in this plan</source>
        <translation>O que o fórum aprendeu neste plano</translation>
    </message>
    <message>
        <source>What the forum recommends doing in the next plan</source>
        <translation>O que o fórum recomenda fazer no próximo plano</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Lesson:</source>
        <translation>&amp;Lição:</translation>
    </message>
    <message>
        <source>&amp;Recommendation:</source>
        <translation>&amp;Recomendação:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
</context>
<context>
    <name>forumdesk::LiveConsole</name>
    <message>
        <source>&amp;End Meeting</source>
        <translation>&amp;Encerrar reunião</translation>
    </message>
    <message>
        <source>Next Item (F6)</source>
        <translation>Próximo item (F6)</translation>
    </message>
    <message>
        <source>&amp;Open Vote</source>
        <translation>A&amp;brir votação</translation>
    </message>
    <message>
        <source>&amp;Close Vote</source>
        <translation>Encerrar &amp;votação</translation>
    </message>
    <message>
        <source>Count by &amp;Hands</source>
        <translation>Registrar votação si&amp;mbólica</translation>
    </message>
    <message>
        <source>Stops the speaker and the item&apos;s clock until resumed (F7)</source>
        <translation>Interrompe a intervenção e o cronômetro do item até a retomada (F7)</translation>
    </message>
    <message>
        <source>Pro&amp;jector</source>
        <translation>Pro&amp;jetor</translation>
    </message>
    <message>
        <source>Shows the meeting on a second screen, or in a window to drag there (F8; Esc on the projector closes it)</source>
        <translation>Mostra a reunião em uma segunda tela, ou em uma janela para arrastar até lá (F8; Esc no projetor a fecha)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>Time left of the item</source>
        <translation>Tempo restante do item</translation>
    </message>
    <message>
        <source>&amp;Take Up Selected</source>
        <translation>Passar ao i&amp;tem selecionado</translation>
    </message>
    <message>
        <source>Closes the item under way and takes up the one selected</source>
        <translation>Encerra o item em andamento e passa ao item selecionado</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenções</translation>
    </message>
    <message>
        <source>Add a speaker: type a few letters, then Enter (Ctrl+L)</source>
        <translation>Inscrever orador: digite algumas letras e Enter (Ctrl+L)</translation>
    </message>
    <message>
        <source>Add a speaker</source>
        <translation>Inscrever orador</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sem limite</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Time limit per intervention</source>
        <translation>Tempo máximo por intervenção</translation>
    </message>
    <message>
        <source>Waiting to speak</source>
        <translation>Aguardando a palavra</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Moves the speaker up the list (Alt+Up)</source>
        <translation>Sobe o orador na lista (Alt+Cima)</translation>
    </message>
    <message>
        <source>Moves the speaker down the list (Alt+Down)</source>
        <translation>Desce o orador na lista (Alt+Baixo)</translation>
    </message>
    <message>
        <source>Takes the speaker off the list (Delete)</source>
        <translation>Retira o orador da lista (Delete)</translation>
    </message>
    <message>
        <source>Speaking time by sector and gender</source>
        <translation>Tempo de fala por setor e gênero</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>Tempo de fala</translation>
    </message>
    <message>
        <source>This item</source>
        <translation>Este item</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Limite:</translation>
    </message>
    <message>
        <source>Members and their arrival</source>
        <translation>Membros e sua chegada</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>Na sala</translation>
    </message>
    <message>
        <source>&amp;Arrived</source>
        <translation>&amp;Chegou</translation>
    </message>
    <message>
        <source>Le&amp;ft</source>
        <translation>&amp;Saiu</translation>
    </message>
    <message>
        <source>Add G&amp;uest…</source>
        <translation>&amp;Adicionar convidado(a)…</translation>
    </message>
    <message>
        <source>The selected member is in the room from now (Ctrl+Shift+A)</source>
        <translation>O membro selecionado está na sala a partir de agora (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>The selected member left the room now (Ctrl+Shift+E)</source>
        <translation>O membro selecionado acaba de sair da sala (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presença</translation>
    </message>
    <message>
        <source>The motion put to the vote</source>
        <translation>A proposta submetida à votação</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <source>Votes by member</source>
        <translation>Votos por membro</translation>
    </message>
    <message>
        <source>For</source>
        <translation>A favor</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contra</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstenção</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Vote</source>
        <translation>A&amp;nular votação</translation>
    </message>
    <message>
        <source>Records the counts of a show of hands instead of votes by name</source>
        <translation>Registra a contagem de uma votação simbólica (por mãos levantadas) em vez dos votos nominais</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Votação</translation>
    </message>
    <message>
        <source>Take up “%1”</source>
        <translation>Passar ao item “%1”</translation>
    </message>
    <message>
        <source>Add Guest</source>
        <translation>Adicionar convidado(a)</translation>
    </message>
    <message>
        <source>Name of the guest:</source>
        <translation>Nome do(a) convidado(a):</translation>
    </message>
    <message>
        <source>Sector of %1:</source>
        <translation>Setor de %1:</translation>
    </message>
    <message>
        <source>Add guest %1</source>
        <translation>Adicionar o(a) convidado(a) %1</translation>
    </message>
    <message>
        <source>Cancel the vote</source>
        <translation>Anular a votação</translation>
    </message>
    <message>
        <source>Give the floor to %1</source>
        <translation>Dar a palavra a %1</translation>
    </message>
    <message>
        <source>Live Meeting — %1</source>
        <translation>Reunião ao vivo — %1</translation>
    </message>
    <message>
        <source>Start Meeting</source>
        <translation>Iniciar reunião</translation>
    </message>
    <message>
        <source>Start meeting “%1”</source>
        <translation>Iniciar a reunião “%1”</translation>
    </message>
    <message>
        <source>&amp;Resume (F7)</source>
        <translation>&amp;Retomar (F7)</translation>
    </message>
    <message>
        <source>&amp;Pause (F7)</source>
        <translation>&amp;Pausar (F7)</translation>
    </message>
    <message>
        <source>&amp;Stop Speaker (F5)</source>
        <translation>Encerrar a &amp;intervenção (F5)</translation>
    </message>
    <message>
        <source>&amp;Give the Floor (F5)</source>
        <translation>&amp;Dar a palavra (F5)</translation>
    </message>
    <message>
        <source>In the room: %1 of %2 voting members (%3 required). %4</source>
        <translation>Na sala: %1 de %2 membros com direito a voto (%3 necessários). %4</translation>
    </message>
    <message>
        <source>Quorum met.</source>
        <translation>Há quórum.</translation>
    </message>
    <message>
        <source>No quorum.</source>
        <translation>Não há quórum.</translation>
    </message>
    <message>
        <source>Ended after %1</source>
        <translation>Encerrada após %1</translation>
    </message>
    <message>
        <source>Under way for %1</source>
        <translation>Em andamento há %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>em pausa</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>tempo excedido em %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>faltam %1</translation>
    </message>
    <message>
        <source>No item under way</source>
        <translation>Nenhum item em andamento</translation>
    </message>
    <message>
        <source>Speaking: %1 (%2), %3</source>
        <translation>Com a palavra: %1 (%2), %3</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>limite excedido</translation>
    </message>
    <message>
        <source>Paused: nobody has the floor.</source>
        <translation>Em pausa: ninguém está com a palavra.</translation>
    </message>
    <message>
        <source>Nobody has the floor.</source>
        <translation>Ninguém está com a palavra.</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>em andamento</translation>
    </message>
    <message>
        <source>done, %1</source>
        <translation>concluído, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min planned</source>
        <translation>
            <numerusform>%n min previsto</numerusform>
            <numerusform>%n min previstos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>not arrived</source>
        <translation>não chegou</translation>
    </message>
    <message>
        <source>left at %1</source>
        <translation>saiu às %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde as %1</translation>
    </message>
    <message>
        <source>No vote is open.</source>
        <translation>Nenhuma votação aberta.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Gender not recorded</source>
        <translation>Gênero não informado</translation>
    </message>
    <message>
        <source>Stop %1 speaking</source>
        <translation>Encerrar a intervenção de %1</translation>
    </message>
    <message>
        <source>Take up the next item</source>
        <translation>Passar ao próximo item</translation>
    </message>
    <message>
        <source>Resume the meeting</source>
        <translation>Retomar a reunião</translation>
    </message>
    <message>
        <source>Pause the meeting</source>
        <translation>Pausar a reunião</translation>
    </message>
    <message>
        <source>Add a Speaker</source>
        <translation>Inscrever orador</translation>
    </message>
    <message>
        <source>Several members match “%1”: type more of the name.</source>
        <translation>Vários membros correspondem a “%1”: digite mais letras do nome.</translation>
    </message>
    <message>
        <source>Nobody called “%1” is a member or a guest of this meeting. Add them as a guest first.</source>
        <translation>Ninguém chamado “%1” é membro ou convidado desta reunião. Adicione a pessoa primeiro como convidada.</translation>
    </message>
    <message>
        <source>Add %1 to the speakers</source>
        <translation>Inscrever %1 na lista de oradores</translation>
    </message>
    <message>
        <source>Move a speaker up</source>
        <translation>Subir um orador na lista</translation>
    </message>
    <message>
        <source>Move a speaker down</source>
        <translation>Descer um orador na lista</translation>
    </message>
    <message>
        <source>Take a speaker off the list</source>
        <translation>Retirar um orador da lista</translation>
    </message>
    <message>
        <source>%1 arrives</source>
        <translation>Chegada de %1</translation>
    </message>
    <message>
        <source>%1 leaves</source>
        <translation>Saída de %1</translation>
    </message>
    <message>
        <source>Open the vote on “%1”</source>
        <translation>Abrir a votação sobre “%1”</translation>
    </message>
    <message>
        <source>Take back the vote of %1</source>
        <translation>Retirar o voto de %1</translation>
    </message>
    <message>
        <source>Vote of %1</source>
        <translation>Voto de %1</translation>
    </message>
    <message>
        <source>Count the vote by hands: %1 for, %2 against, %3 abstentions</source>
        <translation>Registrar votação simbólica: %1 a favor, %2 contra, %3 abstenções</translation>
    </message>
    <message>
        <source>Close the vote on “%1”</source>
        <translation>Encerrar a votação sobre “%1”</translation>
    </message>
    <message>
        <source>End Meeting</source>
        <translation>Encerrar reunião</translation>
    </message>
    <message>
        <source>End “%1” now? The speaker stops, the item under way closes and the meeting is marked as held.</source>
        <translation>Encerrar “%1” agora? A intervenção em curso é interrompida, o item em andamento é encerrado e a reunião é marcada como realizada.</translation>
    </message>
    <message>
        <source>End meeting “%1”</source>
        <translation>Encerrar a reunião “%1”</translation>
    </message>
    <message>
        <source>For %1, against %2, abstentions %3 — rule: %4</source>
        <translation>A favor %1, contra %2, abstenções %3 — regra: %4</translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <translation>%1 (convidado/a)</translation>
    </message>
    <message>
        <source>A guest comes back</source>
        <translation>Um convidado volta</translation>
    </message>
    <message>
        <source>A guest leaves</source>
        <translation>Um convidado se retira</translation>
    </message>
</context>
<context>
    <name>forumdesk::MainWindow</name>
    <message>
        <source>About Forum Desk</source>
        <translation>Sobre o Forum Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Forum Desk %1&lt;/h3&gt;&lt;p&gt;For the secretariats of Open Government Partnership multi-stakeholder forums.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Forum Desk %1&lt;/h3&gt;&lt;p&gt;Para as secretarias técnicas dos fóruns multissetoriais da Parceria para Governo Aberto (OGP).&lt;/p&gt;&lt;p&gt;Software livre sob a Licença Pública Geral GNU, versão 3 ou posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New Forum…</source>
        <translation>&amp;Novo fórum…</translation>
    </message>
    <message>
        <source>Start a new forum file</source>
        <translation>Criar um novo arquivo de fórum</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a forum file (.ogpforum)</source>
        <translation>Abrir um arquivo de fórum (.ogpforum)</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Forum</source>
        <translation>Abrir o fórum de &amp;exemplo</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Salvar uma &amp;cópia…</translation>
    </message>
    <message>
        <source>C&amp;heck the Forum File</source>
        <translation>&amp;Verificar o arquivo do fórum</translation>
    </message>
    <message>
        <source>&amp;Merge From…</source>
        <translation>&amp;Fundir a partir de…</translation>
    </message>
    <message>
        <source>&amp;Publish Website…</source>
        <translation>&amp;Publicar o site…</translation>
    </message>
    <message>
        <source>Write the forum&apos;s public website and document repository into a folder (OGP Standard 2)</source>
        <translation>Gerar o site público e o repositório de documentos do fórum em uma pasta (Padrão 2 da OGP)</translation>
    </message>
    <message>
        <source>Bring in the work of another copy of this forum: a colleague&apos;s, or a sync program&apos;s conflict copy</source>
        <translation>Incorporar o trabalho de outra cópia deste fórum: a de um colega ou uma cópia em conflito de um programa de sincronização</translation>
    </message>
    <message>
        <source>Read the whole file for damage and check the forum&apos;s data rules, as forumdesk-cli check does</source>
        <translation>Ler todo o arquivo em busca de danos e verificar as regras dos dados do fórum, como faz forumdesk-cli check</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Fec&amp;har</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Find Member…</source>
        <translation>&amp;Buscar membro…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pr&amp;eferências…</translation>
    </message>
    <message>
        <source>&amp;About Forum Desk</source>
        <translation>&amp;Sobre o Forum Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plano</translation>
    </message>
    <message>
        <source>Check what the plan needs before it moves on, and move it</source>
        <translation>Verificar o que falta ao plano para mudar de etapa e fazê-lo avançar</translation>
    </message>
    <message>
        <source>Move the plan back to its previous stage, to correct earlier records</source>
        <translation>Voltar o plano à etapa anterior, para corrigir registros anteriores</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>&amp;Action plan:</source>
        <translation>P&amp;lano de ação:</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Painel</translation>
    </message>
    <message>
        <source>&amp;Forum</source>
        <translation>&amp;Fórum</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Membros</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>A&amp;desão</translation>
    </message>
    <message>
        <source>&amp;Co-create</source>
        <translation>&amp;Cocriação</translation>
    </message>
    <message>
        <source>&amp;Implement</source>
        <translation>&amp;Implementação</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>&amp;Avaliação</translation>
    </message>
    <message>
        <source>&amp;Learn</source>
        <translation>Apre&amp;ndizagem</translation>
    </message>
    <message>
        <source>Com&amp;pliance</source>
        <translation>C&amp;onformidade</translation>
    </message>
    <message>
        <source>M&amp;eetings</source>
        <translation>&amp;Reuniões</translation>
    </message>
    <message>
        <source>Every change is saved as you make it</source>
        <translation>Cada alteração é salva no momento em que é feita</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent forums</source>
        <translation>Nenhum fórum recente</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Limpar a lista</translation>
    </message>
    <message>
        <source>No forum open</source>
        <translation>Nenhum fórum aberto</translation>
    </message>
    <message>
        <source>No action plan yet</source>
        <translation>Ainda não há plano de ação</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Forum Desk</source>
        <translation>Forum Desk</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (read-only) — Forum Desk</source>
        <translation>%1 (somente leitura) — Forum Desk</translation>
    </message>
    <message>
        <source>%1 — Forum Desk</source>
        <translation>%1 — Forum Desk</translation>
    </message>
    <message>
        <source>Move to &amp;Next Stage…</source>
        <translation>Passar para a &amp;próxima etapa…</translation>
    </message>
    <message>
        <source>Move to &amp;Next Stage: %1…</source>
        <translation>Passar para a &amp;próxima etapa: %1…</translation>
    </message>
    <message>
        <source>Move &amp;Back a Stage…</source>
        <translation>&amp;Voltar à etapa anterior…</translation>
    </message>
    <message>
        <source>Move &amp;Back a Stage: %1…</source>
        <translation>&amp;Voltar à etapa anterior: %1…</translation>
    </message>
    <message>
        <source>Open Forum</source>
        <translation>Abrir fórum</translation>
    </message>
    <message>
        <source>Forum files (*.ogpforum);;All files (*)</source>
        <translation>Arquivos de fórum (*.ogpforum);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>%1 is already open</source>
        <translation>%1 já está aberto</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abrindo %1…</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>Alteração não salva</translation>
    </message>
    <message>
        <source>This change could not be saved; the forum is as it was before it.</source>
        <translation>Não foi possível salvar esta alteração; o fórum continua como estava antes dela.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvo</translation>
    </message>
    <message>
        <source>Updated at %1 with changes made to the file outside this window</source>
        <translation>Atualizado às %1 com alterações feitas no arquivo fora desta janela</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Somente leitura</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 aberto</translation>
    </message>
    <message>
        <source>Forum Not Taken Over</source>
        <translation>Edição do fórum não assumida</translation>
    </message>
    <message>
        <source>The forum is still open here read-only.</source>
        <translation>O fórum continua aberto aqui somente para leitura.</translation>
    </message>
    <message>
        <source>Forum File Moved</source>
        <translation>Arquivo do fórum movido</translation>
    </message>
    <message>
        <source>“%1” was moved, renamed or deleted outside Forum Desk.</source>
        <translation>“%1” foi movido, renomeado ou apagado fora do Forum Desk.</translation>
    </message>
    <message>
        <source>The forum stays open here as it was; use File ▸ Save a Copy… to keep it under a name of your choice.</source>
        <translation>O fórum continua aberto aqui tal como estava; use Arquivo ▸ Salvar uma cópia… para guardá-lo com o nome que preferir.</translation>
    </message>
    <message>
        <source>Forum File Replaced</source>
        <translation>Arquivo do fórum substituído</translation>
    </message>
    <message>
        <source>Another program replaced “%1”, and the forum as this window had it could not be kept.</source>
        <translation>Outro programa substituiu “%1”, e não foi possível manter o fórum tal como estava nesta janela.</translation>
    </message>
    <message>
        <source>%1 was replaced by another program and has been opened again</source>
        <translation>%1 foi substituído por outro programa e foi aberto novamente</translation>
    </message>
    <message>
        <source>%1 was replaced by another program; what this window had is kept as %2</source>
        <translation>%1 foi substituído por outro programa; o conteúdo desta janela foi guardado como %2</translation>
    </message>
    <message>
        <source>Merge From</source>
        <translation>Fundir a partir de</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Lendo “%1”…</translation>
    </message>
    <message>
        <source>Cannot Merge</source>
        <translation>Não é possível fazer a fusão</translation>
    </message>
    <message>
        <source>“%1” cannot be merged into this forum.</source>
        <translation>Não é possível fundir “%1” neste fórum.</translation>
    </message>
    <message>
        <source>“%1” holds nothing this forum lacks.</source>
        <translation>“%1” não contém nada que falte a este fórum.</translation>
    </message>
    <message>
        <source>“%1” holds nothing this forum lacks; it was moved into “%2”.</source>
        <translation>“%1” não contém nada que falte a este fórum; foi movido para “%2”.</translation>
    </message>
    <message>
        <source>Merging “%1”…</source>
        <translation>Fundindo “%1”…</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) are not settled; nothing was merged</source>
        <translation>
            <numerusform>%n conflito não foi resolvido; nada foi fundido</numerusform>
            <numerusform>%n conflitos não foram resolvidos; nada foi fundido</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was not merged; the forum is as it was.</source>
        <translation>“%1” não foi fundido; o fórum continua como estava.</translation>
    </message>
    <message>
        <source>Copy Not Moved</source>
        <translation>Cópia não movida</translation>
    </message>
    <message>
        <source>“%1” was merged but stays beside the forum.</source>
        <translation>“%1” foi fundido, mas continua ao lado do fórum.</translation>
    </message>
    <message>
        <source>Merged “%1”: %2 added, %3 changed, %4 removed.</source>
        <translation>Fusão de “%1”: %2 adicionados, %3 alterados, %4 removidos.</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Relatório: %1</translation>
    </message>
    <message>
        <source>The forum that was open, %1, is still open and unchanged.</source>
        <translation>O fórum que estava aberto, %1, continua aberto e sem alterações.</translation>
    </message>
    <message>
        <source>Cannot Open Forum</source>
        <translation>Não é possível abrir o fórum</translation>
    </message>
    <message>
        <source>Forum Desk cannot open “%1”.</source>
        <translation>O Forum Desk não consegue abrir “%1”.</translation>
    </message>
    <message>
        <source>%1 (copy).ogpforum</source>
        <translation>%1 (cópia).ogpforum</translation>
    </message>
    <message>
        <source>Save a Copy of the Forum</source>
        <translation>Salvar uma cópia do fórum</translation>
    </message>
    <message>
        <source>Forum files (*.ogpforum)</source>
        <translation>Arquivos de fórum (*.ogpforum)</translation>
    </message>
    <message>
        <source>A copy cannot replace the forum file itself; choose another name.</source>
        <translation>Uma cópia não pode substituir o próprio arquivo do fórum; escolha outro nome.</translation>
    </message>
    <message>
        <source>Copy Not Saved</source>
        <translation>Cópia não salva</translation>
    </message>
    <message>
        <source>The copy was not saved.</source>
        <translation>A cópia não foi salva.</translation>
    </message>
    <message>
        <source>Saving a copy to %1…</source>
        <translation>Salvando uma cópia em %1…</translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation>Cópia salva em %1</translation>
    </message>
    <message>
        <source>Replace the File?</source>
        <translation>Substituir o arquivo?</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it with the copy?</source>
        <translation>“%1” já existe. Substituí-lo pela cópia?</translation>
    </message>
    <message>
        <source>The file that is there now will be lost. It is replaced only once the copy is written in full.</source>
        <translation>O arquivo existente será perdido. Ele só é substituído depois que a cópia for gravada por completo.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Substituir</translation>
    </message>
    <message>
        <source>%1 already exists and was kept.</source>
        <translation>%1 já existe e foi mantido.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Verificando %1…</translation>
    </message>
    <message>
        <source>Check the Forum File</source>
        <translation>Verificar o arquivo do fórum</translation>
    </message>
    <message>
        <source>No problems found in “%1”.</source>
        <translation>Nenhum problema encontrado em “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in “%1”.</source>
        <translation>
            <numerusform>%n problema encontrado em “%1”.</numerusform>
            <numerusform>%n problemas encontrados em “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every page, index and rule of the file was read and checked.</source>
        <translation>Todas as páginas, índices e regras do arquivo foram lidos e verificados.</translation>
    </message>
    <message>
        <source>Take Over the Forum?</source>
        <translation>Assumir a edição do fórum?</translation>
    </message>
    <message>
        <source>The forum is marked as open in %1.</source>
        <translation>O fórum consta como aberto em %1.</translation>
    </message>
    <message>
        <source>Take it over only if Forum Desk there has closed or crashed, or that computer is off. If someone is still working there, their changes and yours would be written to the same file at once.</source>
        <translation>Assuma a edição somente se o Forum Desk foi fechado ou falhou lá, ou se aquele computador está desligado. Se alguém ainda estiver trabalhando lá, as alterações dessa pessoa e as suas seriam gravadas ao mesmo tempo no mesmo arquivo.</translation>
    </message>
    <message>
        <source>&amp;Take Over</source>
        <translation>&amp;Assumir a edição</translation>
    </message>
    <message>
        <source>Please wait: Forum Desk is still writing a file.</source>
        <translation>Aguarde: o Forum Desk ainda está gravando um arquivo.</translation>
    </message>
</context>
<context>
    <name>forumdesk::MeetingDetailsPanel</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Such as “Ordinary session 12”</source>
        <translation>Por exemplo, “Sessão ordinária 12”</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Session &amp;number:</source>
        <translation>&amp;Número da sessão:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Início:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>Té&amp;rmino:</translation>
    </message>
    <message>
        <source>Room, building, town</source>
        <translation>Sala, edifício, cidade</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Local:</translation>
    </message>
    <message>
        <source>https://… for those who join by video</source>
        <translation>https://… para quem participar por vídeo</translation>
    </message>
    <message>
        <source>&amp;Video link:</source>
        <translation>Link da &amp;videochamada:</translation>
    </message>
    <message>
        <source>Action p&amp;lan:</source>
        <translation>&amp;Plano de ação:</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>Pr&amp;esidência:</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Não escolhido</translation>
    </message>
    <message>
        <source>Se&amp;cretary:</source>
        <translation>&amp;Secretaria:</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>N&amp;otice sent on:</source>
        <translation>Convocação envia&amp;da em:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Situ&amp;ação:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Observações:</translation>
    </message>
    <message>
        <source>No action plan</source>
        <translation>Sem plano de ação</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Minutes approved at “%1” (%2)</source>
        <translation>Ata aprovada em “%1” (%2)</translation>
    </message>
    <message>
        <source>Minutes are approved at a later meeting: add that meeting first.</source>
        <translation>A ata é aprovada em uma reunião posterior: adicione primeiro essa reunião.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Approve Minutes</source>
        <translation>Aprovar ata</translation>
    </message>
    <message>
        <source>At which meeting were these minutes approved?</source>
        <translation>Em que reunião esta ata foi aprovada?</translation>
    </message>
</context>
<context>
    <name>forumdesk::MeetingEditor</name>
    <message>
        <source>De&amp;tails</source>
        <translation>&amp;Detalhes</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>&amp;Pauta</translation>
    </message>
    <message>
        <source>Atte&amp;ndance</source>
        <translation>Pre&amp;sença</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Ata</translation>
    </message>
    <message>
        <source>Export Minutes…</source>
        <translation>Exportar ata…</translation>
    </message>
    <message>
        <source>Export Notice…</source>
        <translation>Exportar convocação…</translation>
    </message>
    <message>
        <source>Invitation (.ics)…</source>
        <translation>Convite (.ics)…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Print Minutes…</source>
        <translation>Imprimir ata…</translation>
    </message>
    <message>
        <source>Print Notice…</source>
        <translation>Imprimir convocação…</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Choose a meeting in the list, or add one.</source>
        <translation>Escolha uma reunião na lista ou adicione uma.</translation>
    </message>
    <message>
        <source>%1
%2 at %3 · %4</source>
        <comment>title, date, time, status</comment>
        <translation>%1
%2 às %3 · %4</translation>
    </message>
</context>
<context>
    <name>forumdesk::MeetingTableModel</name>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <translation>%1
%2, %3</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation>Local ou link</translation>
    </message>
</context>
<context>
    <name>forumdesk::MeetingsPage</name>
    <message>
        <source>Plan in the toolbar only</source>
        <translation>Só o plano da barra</translation>
    </message>
    <message>
        <source>&amp;New Meeting</source>
        <translation>&amp;Nova reunião</translation>
    </message>
    <message>
        <source>Upcoming (.ics)…</source>
        <translation>Próximas (.ics)…</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniões</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próximas</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Anteriores</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>Todas as reuniões</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>Only the meetings of the action plan chosen in the toolbar</source>
        <translation>Somente as reuniões do plano de ação escolhido na barra de ferramentas</translation>
    </message>
    <message>
        <source>Find by title or place</source>
        <translation>Buscar por título ou local</translation>
    </message>
    <message>
        <source>Invitations to every upcoming meeting, in one calendar file</source>
        <translation>Convites para todas as próximas reuniões, em um único arquivo de calendário</translation>
    </message>
    <message>
        <source>Action Items</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>No meeting matches these filters.</source>
        <translation>Nenhuma reunião corresponde a estes filtros.</translation>
    </message>
    <message>
        <source>No meeting matches “%1” (case and accents are ignored).</source>
        <translation>Nenhuma reunião corresponde a “%1” (maiúsculas e acentos são ignorados).</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n reunião</numerusform>
            <numerusform>%n reuniões</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 meetings shown</source>
        <translation>%1 de %2 reuniões exibidas</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nova reunião</translation>
    </message>
    <message>
        <source>Upcoming meetings</source>
        <translation>Próximas reuniões</translation>
    </message>
    <message>
        <source>Start Meeting (F9)</source>
        <translation>Iniciar reunião (F9)</translation>
    </message>
    <message>
        <source>Runs the selected meeting live: speakers, times, arrivals and votes, with a projector view</source>
        <translation>Conduz ao vivo a reunião selecionada: oradores, tempos, chegadas e votações, com uma tela para o projetor</translation>
    </message>
    <message>
        <source>Resume Meeting (F9)</source>
        <translation>Retomar reunião (F9)</translation>
    </message>
    <message>
        <source>Find meetings</source>
        <translation>Buscar reuniões</translation>
    </message>
</context>
<context>
    <name>forumdesk::MemberDialog</name>
    <message>
        <source>Known</source>
        <translation>Conhecida</translation>
    </message>
    <message>
        <source>Has a vote in the forum&apos;s decisions</source>
        <translation>Tem direito a voto nas decisões do fórum</translation>
    </message>
    <message>
        <source>Edit Member</source>
        <translation>Editar membro</translation>
    </message>
    <message>
        <source>Add Member</source>
        <translation>Adicionar membro</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Não informado</translation>
    </message>
    <message>
        <source>Full name, as in the minutes</source>
        <translation>Nome completo, como consta nas atas</translation>
    </message>
    <message>
        <source>Ministry, organization or university</source>
        <translation>Ministério, organização ou universidade</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nome@exemplo.org</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organização:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Setor:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Função:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Gênero:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <source>Term &amp;start:</source>
        <translation>&amp;Início do mandato:</translation>
    </message>
    <message>
        <source>Term &amp;end:</source>
        <translation>Fi&amp;m do mandato:</translation>
    </message>
    <message>
        <source>Voting:</source>
        <translation>Voto:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>O&amp;bservações:</translation>
    </message>
    <message>
        <source>An alternate or an observer votes, and counts toward the quorum, only in place of the member they represent at a meeting (marked on the attendance list).</source>
        <translation>Um(a) suplente ou observador(a) só vota, e só conta para o quórum, no lugar do membro que representa em uma reunião (conforme marcado na lista de presença).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
</context>
<context>
    <name>forumdesk::MemberTableModel</name>
    <message>
        <source>open</source>
        <translation>em aberto</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Term ended on %1</source>
        <translation>O mandato terminou em %1</translation>
    </message>
    <message>
        <source>Term starts on %1</source>
        <translation>O mandato começa em %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gênero</translation>
    </message>
    <message>
        <source>Term start</source>
        <translation>Início do mandato</translation>
    </message>
    <message>
        <source>Term end</source>
        <translation>Fim do mandato</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Com voto</translation>
    </message>
</context>
<context>
    <name>forumdesk::MembersPage</name>
    <message>
        <source>Active today</source>
        <translation>Ativos hoje</translation>
    </message>
    <message>
        <source>&amp;Add Member…</source>
        <translation>&amp;Adicionar membro…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>Find by name or organization</source>
        <translation>Buscar por nome ou organização</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Todos os setores</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Todas as funções</translation>
    </message>
    <message>
        <source>Only members whose term covers today</source>
        <translation>Somente os membros com mandato vigente hoje</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Ver…</translation>
    </message>
    <message>
        <source>No member matches these filters.</source>
        <translation>Nenhum membro corresponde a estes filtros.</translation>
    </message>
    <message>
        <source>No member matches “%1” (case and accents are ignored).</source>
        <translation>Nenhum membro corresponde a “%1” (maiúsculas e acentos são ignorados).</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>Membros: %1</translation>
    </message>
    <message>
        <source>%1 of %2 members shown</source>
        <translation>%1 de %2 membros exibidos</translation>
    </message>
    <message>
        <source>Find members</source>
        <translation>Buscar membros</translation>
    </message>
</context>
<context>
    <name>forumdesk::MergeReviewDialog</name>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>This copy</source>
        <translation>Esta cópia</translation>
    </message>
    <message>
        <source>The other copy</source>
        <translation>A outra cópia</translation>
    </message>
    <message>
        <source>&amp;Keep this copy&apos;s</source>
        <translation>&amp;Manter o desta cópia</translation>
    </message>
    <message>
        <source>&amp;Take the other copy&apos;s</source>
        <translation>A&amp;dotar o da outra cópia</translation>
    </message>
    <message>
        <source>&amp;Write another value:</source>
        <translation>&amp;Escrever outro valor:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fundir</translation>
    </message>
    <message>
        <source>Merge “%1”</source>
        <translation>Fundir “%1”</translation>
    </message>
    <message>
        <source>Merging “%1” into this forum adds %2, changes %3 and removes %4.</source>
        <translation>Fundir “%1” neste fórum adiciona %2, altera %3 e remove %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>The two copies share their history, so Forum Desk knows what each side changed.</source>
        <translation>As duas cópias compartilham o histórico; por isso, o Forum Desk sabe o que cada uma alterou.</translation>
    </message>
    <message>
        <source>The two copies have no history in common (one was made by an earlier version): where they differ, each difference is listed below for you to settle.</source>
        <translation>As duas cópias não têm histórico em comum (uma foi feita por uma versão anterior): cada diferença entre elas é listada abaixo para ser resolvida.</translation>
    </message>
    <message numerus="yes">
        <source>Both sides changed the same %n field(s) or record(s) differently: choose what to keep for each.</source>
        <translation>
            <numerusform>As duas cópias alteraram de forma diferente %n campo ou registro: escolha o que manter.</numerusform>
            <numerusform>As duas cópias alteraram de forma diferente os mesmos %n campos ou registros: escolha o que manter em cada um.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed differently on both sides.</source>
        <translation>Nada foi alterado de forma diferente nas duas cópias.</translation>
    </message>
    <message>
        <source>A copy of the forum is kept beside it before the merge, and Undo takes the merge back.</source>
        <translation>Antes da fusão, uma cópia do fórum é guardada ao lado dele, e Desfazer reverte a fusão.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adicionados</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Alterados</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removidos</translation>
    </message>
    <message>
        <source>Records added, changed and removed</source>
        <translation>Registros adicionados, alterados e removidos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Mantido</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <source>the whole record</source>
        <translation>o registro inteiro</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(desconhecido)</translation>
    </message>
    <message>
        <source>The selected conflict</source>
        <translation>O conflito selecionado</translation>
    </message>
    <message>
        <source>Before (where both copies started):</source>
        <translation>Antes (ponto de partida das duas cópias):</translation>
    </message>
    <message>
        <source>This copy:</source>
        <translation>Esta cópia:</translation>
    </message>
    <message>
        <source>The other copy:</source>
        <translation>A outra cópia:</translation>
    </message>
    <message>
        <source>Another value</source>
        <translation>Outro valor</translation>
    </message>
    <message>
        <source>Keep All of This Copy&apos;s</source>
        <translation>Manter tudo desta cópia</translation>
    </message>
    <message>
        <source>Take All of the Other&apos;s</source>
        <translation>Adotar tudo da outra</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(removido)</translation>
    </message>
    <message>
        <source>(changed: kept)</source>
        <translation>(alterado: mantido)</translation>
    </message>
    <message>
        <source>(not known: the copies share no history)</source>
        <translation>(desconhecido: as cópias não compartilham histórico)</translation>
    </message>
    <message>
        <source>To choose</source>
        <translation>A escolher</translation>
    </message>
    <message>
        <source>This copy&apos;s</source>
        <translation>O desta cópia</translation>
    </message>
    <message>
        <source>The other&apos;s</source>
        <translation>O da outra</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Escrito: %1</translation>
    </message>
    <message>
        <source>Every conflict is settled.</source>
        <translation>Todos os conflitos estão resolvidos.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) still to settle.</source>
        <translation>
            <numerusform>Falta resolver %n conflito.</numerusform>
            <numerusform>Faltam resolver %n conflitos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forumdesk::MinutesPanel</name>
    <message>
        <source>Agenda items</source>
        <translation>Itens da pauta</translation>
    </message>
    <message>
        <source>The discussion of this item, as it will read in the minutes. Saved when you leave the field.</source>
        <translation>A discussão deste item, tal como constará na ata. É salva ao sair do campo.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Votes (for / against / abstain)</source>
        <translation>Votos (a favor / contra / abstenções)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Add &amp;Decision…</source>
        <translation>Adicionar &amp;decisão…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Add Action &amp;Item…</source>
        <translation>Adicionar &amp;tarefa…</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisões</translation>
    </message>
    <message>
        <source>Action items agreed</source>
        <translation>Tarefas acordadas</translation>
    </message>
    <message>
        <source>Discussion per agenda item:</source>
        <translation>Discussão por item da pauta:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>%1 %2 min (%3 %)</source>
        <translation>%1 %2 min (%3 %)</translation>
    </message>
    <message numerus="yes">
        <source>Speaking time, as timed live: %1 — %n intervention(s); women %2 % of the time.</source>
        <translation>
            <numerusform>Tempo de fala cronometrado ao vivo: %1 — %n intervenção; mulheres: %2 % do tempo.</numerusform>
            <numerusform>Tempo de fala cronometrado ao vivo: %1 — %n intervenções; mulheres: %2 % do tempo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes of the agenda item</source>
        <translation>Ata do item da pauta</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tarefas</translation>
    </message>
</context>
<context>
    <name>forumdesk::NewForumDialog</name>
    <message>
        <source>New Forum</source>
        <translation>Novo fórum</translation>
    </message>
    <message>
        <source>For example: Foro Multiactor de Gobierno Abierto</source>
        <translation>Por exemplo: Fórum Multissetorial de Governo Aberto</translation>
    </message>
    <message>
        <source>Minutes, plans and reports are written in this language</source>
        <translation>As atas, os planos e os relatórios são redigidos neste idioma</translation>
    </message>
    <message>
        <source>Where the forum meets: meeting times, notices and invitations (.ics) use this time zone</source>
        <translation>Onde o fórum se reúne: os horários das reuniões, as convocações e os convites (.ics) usam este fuso horário</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Forum &amp;name:</source>
        <translation>&amp;Nome do fórum:</translation>
    </message>
    <message>
        <source>&amp;Documents in:</source>
        <translation>&amp;Idioma dos documentos:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuso horário:</translation>
    </message>
    <message>
        <source>Save in &amp;folder:</source>
        <translation>Salvar na &amp;pasta:</translation>
    </message>
    <message>
        <source>File na&amp;me:</source>
        <translation>Nome do &amp;arquivo:</translation>
    </message>
    <message>
        <source>Create Forum</source>
        <translation>Criar fórum</translation>
    </message>
    <message>
        <source>Save the Forum in</source>
        <translation>Salvar o fórum em</translation>
    </message>
    <message>
        <source>The forum will be saved as %1</source>
        <translation>O fórum será salvo como %1</translation>
    </message>
    <message>
        <source>Give the forum a name.</source>
        <translation>Informe um nome para o fórum.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; choose one from the list, such as America/Lima.</source>
        <translation>“%1” não é um fuso horário; escolha um da lista, como America/Sao_Paulo.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>A pasta %1 não existe.</translation>
    </message>
    <message>
        <source>Forum Desk cannot write in the folder %1; choose another.</source>
        <translation>O Forum Desk não consegue gravar na pasta %1; escolha outra.</translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation>Informe um nome para o arquivo.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name, or open that forum with File ▸ Open.</source>
        <translation>%1 já existe. Escolha outro nome de arquivo ou abra esse fórum com Arquivo ▸ Abrir.</translation>
    </message>
</context>
<context>
    <name>forumdesk::PlanDialog</name>
    <message>
        <source>Due on</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Edit Action Plan</source>
        <translation>Editar plano de ação</translation>
    </message>
    <message>
        <source>New Action Plan</source>
        <translation>Novo plano de ação</translation>
    </message>
    <message>
        <source>e.g. Sixth National Action Plan 2025–2027</source>
        <translation>p. ex., Sexto Plano de Ação Nacional 2025–2027</translation>
    </message>
    <message>
        <source>%1 (moved on with Plan ▸ Move to Next Stage…, which checks what the step needs)</source>
        <translation>%1 (avança com Plano ▸ Passar para a próxima etapa…, que verifica o que a mudança exige)</translation>
    </message>
    <message>
        <source>%1 (a new plan starts here)</source>
        <translation>%1 (um plano novo começa aqui)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Period &amp;starts:</source>
        <translation>&amp;Início do período:</translation>
    </message>
    <message>
        <source>Period &amp;ends:</source>
        <translation>&amp;Fim do período:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Etapa:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Prazo:</translation>
    </message>
    <message>
        <source>Submitted to OGP:</source>
        <translation>Enviado à OGP:</translation>
    </message>
    <message>
        <source>The plan must end after it starts.</source>
        <translation>O plano deve terminar depois de começar.</translation>
    </message>
</context>
<context>
    <name>forumdesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Your name, as colleagues know it</source>
        <translation>Seu nome, como os colegas o conhecem</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>The window changes language at once; your work is saved as you go.</source>
        <translation>A janela muda de idioma imediatamente; seu trabalho é salvo à medida que avança.</translation>
    </message>
    <message>
        <source>Written in each forum&apos;s activity log beside the changes you make.</source>
        <translation>Registrado no histórico de atividades de cada fórum junto às alterações feitas.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma da interface:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Seu &amp;nome:</translation>
    </message>
    <message>
        <source>Default &amp;folder:</source>
        <translation>&amp;Pasta padrão:</translation>
    </message>
    <message>
        <source>Default Folder</source>
        <translation>Pasta padrão</translation>
    </message>
    <message>
        <source>As the system&apos;s</source>
        <translation>As do sistema</translation>
    </message>
    <message>
        <source>High contrast (white on black)</source>
        <translation>Alto contraste (branco sobre preto)</translation>
    </message>
    <message>
        <source>The colours of the window: the system&apos;s, or white text on black with a yellow selection</source>
        <translation>As cores da janela: as do sistema, ou texto branco sobre preto com a seleção em amarelo</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Cores:</translation>
    </message>
</context>
<context>
    <name>forumdesk::ProgressUpdateDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pro&amp;curar…</translation>
    </message>
    <message>
        <source>Add Progress Update</source>
        <translation>Registrar progresso</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>What was done since the last update</source>
        <translation>O que foi feito desde a última atualização</translation>
    </message>
    <message>
        <source>A link, or a file</source>
        <translation>Um link ou um arquivo</translation>
    </message>
    <message>
        <source>Choose a file as evidence</source>
        <translation>Escolher um arquivo como evidência</translation>
    </message>
    <message>
        <source>Milestone:</source>
        <translation>Marco:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>&amp;Progresso:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Situação:</translation>
    </message>
    <message>
        <source>&amp;Narrative:</source>
        <translation>&amp;Relato:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidência:</translation>
    </message>
    <message>
        <source>&amp;Reported by:</source>
        <translation>Informado p&amp;or:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidência</translation>
    </message>
</context>
<context>
    <name>forumdesk::ProjectorWindow</name>
    <message>
        <source>Projector — %1</source>
        <translation>Projetor — %1</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projetor</translation>
    </message>
</context>
<context>
    <name>forumdesk::PublishWebsiteDialog</name>
    <message>
        <source>Publish Website</source>
        <translation>Publicar o site</translation>
    </message>
    <message>
        <source>Folder of the website</source>
        <translation>Pasta do site</translation>
    </message>
    <message>
        <source>website</source>
        <translation>site</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Escolher…</translation>
    </message>
    <message>
        <source>Choose the folder to write the website into</source>
        <translation>Escolher a pasta onde gravar o site</translation>
    </message>
    <message>
        <source>Language of the website</source>
        <translation>Idioma do site</translation>
    </message>
    <message>
        <source>Licence of the open data</source>
        <translation>Licença dos dados abertos</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Pas&amp;ta:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <source>Open data l&amp;icence:</source>
        <translation>&amp;Licença dos dados:</translation>
    </message>
    <message>
        <source>The website opens from the folder itself, from a USB stick or from any web server; nothing is fetched from the internet. Forum Desk writes only its own files there and replaces or removes only those. Members are shown by name, organisation, sector and role; contributors by name only with their consent; minutes once approved, and their publication is recorded (one step you can undo).</source>
        <translation>O site abre a partir da própria pasta, de uma memória USB ou de qualquer servidor web; nada é buscado na internet. O Forum Desk grava ali apenas os seus próprios arquivos e só substitui ou remove esses. Os membros aparecem com nome, organização, setor e função; os autores de contribuições, com o nome apenas se tiverem dado consentimento; as atas, depois de aprovadas, e a sua publicação é registrada (uma etapa que pode ser desfeita).</translation>
    </message>
    <message>
        <source>Progress of the publication</source>
        <translation>Andamento da publicação</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>&amp;Open the Website</source>
        <translation>&amp;Abrir o site</translation>
    </message>
    <message>
        <source>Folder of the Website</source>
        <translation>Pasta do site</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Interromper</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Fec&amp;har</translation>
    </message>
    <message>
        <source>Writing the website: %1 of %2 files</source>
        <translation>Gravando o site: %1 de %2 arquivos</translation>
    </message>
    <message>
        <source>Choose the folder to write the website into.</source>
        <translation>Escolha a pasta onde gravar o site.</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Preparando as páginas…</translation>
    </message>
    <message>
        <source>Stopped. The files written so far are in %1; publishing again finishes the website.</source>
        <translation>Interrompido. Os arquivos gravados até agora estão em %1; publicar novamente conclui o site.</translation>
    </message>
    <message>
        <source>The website is in %1: %2 files written, %3 unchanged, %4 removed.</source>
        <translation>O site está em %1: %2 arquivos gravados, %3 sem alterações, %4 removidos.</translation>
    </message>
    <message numerus="yes">
        <source>The publication of the minutes of %n meeting(s) was recorded.</source>
        <translation>
            <numerusform>A publicação da ata de %n reunião foi registrada.</numerusform>
            <numerusform>A publicação das atas de %n reuniões foi registrada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Interrompendo…</translation>
    </message>
</context>
<context>
    <name>forumdesk::StageGateDialog</name>
    <message>
        <source>Move to the Next Stage</source>
        <translation>Passar para a próxima etapa</translation>
    </message>
    <message>
        <source>Move Back a Stage</source>
        <translation>Voltar à etapa anterior</translation>
    </message>
    <message>
        <source>“%1” moves from %2 to %3.</source>
        <translation>“%1” passa de %2 para %3.</translation>
    </message>
    <message>
        <source>&amp;Go on anyway, because:</source>
        <translation>&amp;Avançar mesmo assim, porque:</translation>
    </message>
    <message>
        <source>Why the forum moves on before this is done; the activity log keeps it</source>
        <translation>Por que o fórum avança antes de concluir isto; fica registrado no histórico de atividades</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Passar para %1</translation>
    </message>
    <message>
        <source>A step back needs no check; the activity log keeps it. Records made in %1 stay as they are.</source>
        <translation>Voltar uma etapa não requer verificação; fica registrado no histórico de atividades. Os registros feitos na etapa %1 permanecem como estão.</translation>
    </message>
    <message>
        <source>Nothing is missing: the plan is ready for %1.</source>
        <translation>Não falta nada: o plano está pronto para passar para %1.</translation>
    </message>
    <message numerus="yes">
        <source>What %1 needs and the plan still lacks (%n item(s)):</source>
        <translation>
            <numerusform>O que a passagem para %1 exige e ainda falta ao plano (%n item):</numerusform>
            <numerusform>O que a passagem para %1 exige e ainda falta ao plano (%n itens):</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Anyway</source>
        <translation>Passar mesmo assim</translation>
    </message>
    <message>
        <source>Something is missing: give the reason the forum goes on anyway, or cancel and complete it first.</source>
        <translation>Falta algo: informe o motivo pelo qual o fórum avança mesmo assim, ou cancele e complete primeiro o que falta.</translation>
    </message>
    <message>
        <source>“%1” is closed: it has no further stage.</source>
        <translation>“%1” está encerrado: não há etapa posterior.</translation>
    </message>
    <message>
        <source>“%1” is in co-creation, the first stage.</source>
        <translation>“%1” está em cocriação, a primeira etapa.</translation>
    </message>
</context>
<context>
    <name>forumdesk::SyncCopiesBanner</name>
    <message>
        <source>&amp;Merge Them…</source>
        <translation>&amp;Fundi-las…</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict copy(ies) of this forum, left by a sync program, are beside it: %1. </source>
        <translation>
            <numerusform>Ao lado deste fórum há %n cópia em conflito deixada por um programa de sincronização: %1. </numerusform>
            <numerusform>Ao lado deste fórum há %n cópias em conflito deixadas por um programa de sincronização: %1. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They hold nothing that is not in the forum.</source>
        <translation>
            <numerusform>Ela não contém nada que não esteja no fórum.</numerusform>
            <numerusform>Elas não contêm nada que não esteja no fórum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They may hold work that is not in the forum: merge them to keep it.</source>
        <translation>
            <numerusform>Ela pode conter trabalho que não está no fórum: funda-a para mantê-lo.</numerusform>
            <numerusform>Elas podem conter trabalho que não está no fórum: funda-as para mantê-lo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They may hold work that is not in the forum.</source>
        <translation>
            <numerusform>Ela pode conter trabalho que não está no fórum.</numerusform>
            <numerusform>Elas podem conter trabalho que não está no fórum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n Identical Aside</source>
        <translation>
            <numerusform>Mover %n cópia idêntica</numerusform>
            <numerusform>Mover %n cópias idênticas</numerusform>
        </translation>
    </message>
    <message>
        <source>Moves the copies identical to the forum into “%1”; nothing is deleted</source>
        <translation>Move as cópias idênticas ao fórum para “%1”; nada é apagado</translation>
    </message>
    <message>
        <source>Copies Not Moved</source>
        <translation>Cópias não movidas</translation>
    </message>
</context>
<context>
    <name>forumdesk::WelcomePage</name>
    <message>
        <source>Forum Desk</source>
        <translation>Forum Desk</translation>
    </message>
    <message>
        <source>For the secretariat of an Open Government Partnership multi-stakeholder forum: members, meetings, the action plan and its progress, in one file that works offline.</source>
        <translation>Para a secretaria técnica de um fórum multissetorial da Parceria para Governo Aberto: membros, reuniões, o plano de ação e seu progresso, em um único arquivo que funciona off-line.</translation>
    </message>
    <message>
        <source>New Forum…</source>
        <translation>Novo fórum…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Open the Sample Forum</source>
        <translation>Abrir o fórum de exemplo</translation>
    </message>
    <message>
        <source>A fictional forum with members, plans, commitments and meetings, to try Forum Desk</source>
        <translation>Um fórum fictício com membros, planos, compromissos e reuniões, para experimentar o Forum Desk</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Começar</translation>
    </message>
    <message>
        <source>Recent forums</source>
        <translation>Fóruns recentes</translation>
    </message>
    <message>
        <source>Forums you open will be listed here.</source>
        <translation>Os fóruns abertos serão listados aqui.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Forum Desk, for the secretariat of an Open Government Partnership multi-stakeholder forum.</source>
        <translation>Forum Desk, para a secretaria técnica de um fórum multissetorial da Parceria para Governo Aberto.</translation>
    </message>
    <message>
        <source>The forum file (.ogpforum) to open.</source>
        <translation>O arquivo de fórum (.ogpforum) a abrir.</translation>
    </message>
    <message>
        <source>Render the main views of the sample forum as PNG files into &lt;folder&gt;, then quit.</source>
        <translation>Gera as principais visualizações do fórum de exemplo como arquivos PNG em &lt;folder&gt; e depois encerra.</translation>
    </message>
    <message>
        <source>Interface language (en, es, fr or pt) for this run.</source>
        <translation>Idioma da interface (en, es, fr ou pt) nesta execução.</translation>
    </message>
    <message>
        <source>Use high-contrast colours (white on black) for this run.</source>
        <translation>Usar cores de alto contraste (branco sobre preto) nesta execução.</translation>
    </message>
</context>
</TS>

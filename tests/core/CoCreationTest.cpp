// SPDX-License-Identifier: GPL-3.0-or-later
// Co-creation: the plan calendar, the commitment template's gaps, and importing contributions
// from CSV: per-row errors, duplicates skipped, encodings, formula-like cells.
#include <catch2/catch.hpp>

#include "tests/support/TestSupport.h"
#include "core/documents/DocumentBuilder.h"
#include "core/documents/DocumentLanguage.h"
#include "core/cocreation/Contribution.h"
#include "core/cocreation/CoCreationSummary.h"
#include "core/cocreation/ContributionImport.h"
#include "core/forum/NewForum.h"
#include "core/plans/ActionPlan.h"
#include "core/plans/Commitment.h"
#include "core/plans/CommitmentReview.h"
#include "core/plans/Milestone.h"
#include "core/plans/PlanCalendar.h"
#include "core/plans/PlanDraftDocument.h"
#include "core/sample/SampleForum.h"
#include "core/storage/Database.h"
#include "core/storage/Table.h"

#include <QStringEncoder>

using namespace forumdesk;

namespace {

struct PlanFixture {
    test::TempFolder folder;
    std::unique_ptr<ForumFile> file = createForum(folder.file(QStringLiteral("f.ogpforum")), QStringLiteral("Foro"));
    ActionPlan plan;
    PlanFixture()
    {
        plan.title = QStringLiteral("Plan 2024-2026");
        plan.periodStart = QDate(2024, 9, 1);
        plan.periodEnd = QDate(2026, 8, 31);
        plan.dueOn = PlanCalendar::defaultDueDate(plan.periodStart);
        Table<ActionPlan>(*file).create(plan);
    }
};

bool hasGap(const QList<TemplateGap> &gaps, const char *field, const char *words)
{
    for (const TemplateGap &gap : gaps)
        if (gap.field == QLatin1String(field) && gap.message.contains(QString::fromUtf8(words)))
            return true;
    return false;
}

} // namespace

TEST_CASE("Plans are due on 31 August and cover at least 20 months", "[cocreation][calendar]")
{
    CHECK(PlanCalendar::defaultDueDate(QDate(2024, 9, 1)) == QDate(2024, 8, 31));
    CHECK(PlanCalendar::defaultDueDate(QDate(2025, 1, 1)) == QDate(2024, 8, 31));
    CHECK(PlanCalendar::defaultDueDate(QDate(2024, 8, 31)) == QDate(2024, 8, 31));
    CHECK(PlanCalendar::monthsCovered(QDate(2024, 9, 1), QDate(2026, 8, 31)) == 24);
    CHECK(PlanCalendar::monthsCovered(QDate(2025, 1, 1), QDate(2026, 8, 31)) == 20);
    CHECK(PlanCalendar::monthsCovered(QDate(2025, 1, 2), QDate(2026, 8, 31)) == 19);

    ActionPlan plan;
    plan.periodStart = QDate(2025, 3, 1);
    plan.periodEnd = QDate(2026, 8, 31);
    plan.dueOn = QDate(2024, 8, 31);
    plan.submittedOn = QDate(2024, 8, 20);
    QStringList warnings = PlanCalendar::warnings(plan, QDate(2025, 1, 1));
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().contains(QStringLiteral("18 months")));

    plan.periodStart = QDate(2024, 9, 1);
    plan.submittedOn = QDate(2025, 1, 15); // four and a half months late
    CHECK(PlanCalendar::monthsLate(plan, QDate(2026, 1, 1)) == 4);
    CHECK(PlanCalendar::warnings(plan, QDate(2026, 1, 1)).isEmpty());
    plan.submittedOn = QDate(2025, 2, 1);
    CHECK(PlanCalendar::monthsLate(plan, QDate(2026, 1, 1)) == 5);
    warnings = PlanCalendar::warnings(plan, QDate(2026, 1, 1));
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().contains(QStringLiteral("contrary to process")));
    plan.submittedOn = QDate();
    CHECK(PlanCalendar::warnings(plan, QDate(2024, 10, 1)).first().contains(QStringLiteral("has not been submitted")));
}

TEST_CASE("A commitment's gaps against the OGP template are named", "[cocreation][template]")
{
    PlanFixture f;
    Commitment c;
    c.planId = f.plan.id;
    c.number = QStringLiteral("1");
    c.title = QStringLiteral("Datos abiertos");
    c.valueTechnologyInnovation = true;
    c.startOn = QDate(2024, 6, 1); // before the plan starts
    c.endOn = QDate(2026, 6, 30);
    Table<Commitment>(*f.file).create(c);
    QList<TemplateGap> gaps = CommitmentReview::gaps(*f.file, c.id);
    CHECK(hasGap(gaps, "lead_agency", "“Lead implementing agency” is empty"));
    CHECK(hasGap(gaps, "problem", "“Public problem” is empty"));
    CHECK(hasGap(gaps, "values", "Technology and innovation counts for OGP only together"));
    CHECK(hasGap(gaps, "start_on", "outside the plan's period"));
    CHECK(hasGap(gaps, "milestones", "no milestones"));
    // OGP's template in full (format 3).
    CHECK(hasGap(gaps, "brief_description", "“Brief description” is empty"));
    CHECK(hasGap(gaps, "causes", "“Causes of the problem” is empty"));
    CHECK(hasGap(gaps, "expected_results", "“Expected results” is empty"));
    CHECK(hasGap(gaps, "contact_name", "“Contact person” is empty"));
    CHECK(hasGap(gaps, "policy_areas", "No policy area is chosen"));

    c.leadAgency = QStringLiteral("Ministerio");
    c.problem = c.statusQuo = c.description = c.solution = c.budget = QStringLiteral("…");
    c.valueAccessInformation = true;
    c.startOn = QDate(2024, 9, 1);
    c.briefDescription = c.causes = c.expectedResults = QStringLiteral("…");
    c.contactName = QStringLiteral("Ana Pérez");
    c.contactEmail = QStringLiteral("ana@ministerio.example");
    c.policyAreas = {QStringLiteral("open_contracting")};
    Table<Commitment>(*f.file).update(c);
    // Access to information claimed: the template asks how it promotes transparency.
    CHECK(hasGap(CommitmentReview::gaps(*f.file, c.id), "advances_transparency", "“How it promotes transparency” is empty"));
    c.advancesTransparency = QStringLiteral("…");
    Table<Commitment>(*f.file).update(c);
    Milestone m;
    m.commitmentId = c.id;
    m.activity = QStringLiteral("Publicar");
    m.deliverable = QStringLiteral("Portal");
    m.startOn = QDate(2024, 10, 1);
    m.endOn = QDate(2026, 7, 31); // after the commitment ends
    Table<Milestone>(*f.file).create(m);
    gaps = CommitmentReview::gaps(*f.file, c.id);
    REQUIRE(gaps.size() == 1);
    CHECK(hasGap(gaps, "milestones", "Milestone 1 runs 2024-10-01 to 2026-07-31, outside the commitment's dates"));
    m.endOn = QDate(2026, 6, 30);
    Table<Milestone>(*f.file).update(m);
    CHECK(CommitmentReview::gaps(*f.file, c.id).isEmpty());
}

TEST_CASE("CSV contributions are read in Spanish or English, quotes and line breaks included", "[cocreation][import]")
{
    PlanFixture f;
    QFile csv(QStringLiteral(FORUMDESK_TEST_DATA "/import/consulta-valida.csv"));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const ContributionImport import = ContributionImport::read(*f.file, csv.readAll(), f.plan.id);
    INFO(import.allProblems().join(QLatin1Char('\n')).toStdString());
    REQUIRE(import.acceptable());
    REQUIRE(import.rows().size() == 2);
    const Contribution &first = import.rows().at(0).contribution;
    CHECK(first.channel == QStringLiteral("online"));
    CHECK(first.sector == QStringLiteral("civil_society"));
    CHECK(first.receivedOn == QDate(2024, 5, 2));
    const Contribution &second = import.rows().at(1).contribution;
    CHECK(second.author == QStringLiteral("Pérez, Juan"));
    CHECK(second.text == QStringLiteral("Una propuesta\ncon dos líneas; y punto y coma"));
    CHECK(second.receivedOn == QDate(2024, 5, 3));
    CHECK(second.sector == QStringLiteral("academia"));
    // Reading wrote nothing; committing writes both.
    CHECK(Table<Contribution>(*f.file).count() == 0);
    const QList<qint64> created = import.commit(*f.file);
    CHECK(Table<Contribution>(*f.file).count() == 2);
    REQUIRE(created.size() == 2); // the ids of the rows, in their order
    CHECK(Table<Contribution>(*f.file).get(created.at(1)).author == QStringLiteral("Pérez, Juan"));
}

TEST_CASE("CSV contributions are read with French and Portuguese columns and values", "[cocreation][import][i18n]")
{
    PlanFixture f;
    const QByteArray french = "Reçue le;Canal;Auteur;Secteur;Texte;Statut;Réponse motivée\r\n"
                              "02/05/2024;En ligne;Awa Cissé;Société civile;Publier les contrats;Intégrée;Merci.\r\n";
    const ContributionImport fromFrench = ContributionImport::read(*f.file, french, f.plan.id);
    INFO(fromFrench.allProblems().join(QLatin1Char('\n')).toStdString());
    REQUIRE(fromFrench.acceptable());
    REQUIRE(fromFrench.rows().size() == 1);
    CHECK(fromFrench.rows().at(0).contribution.receivedOn == QDate(2024, 5, 2));
    CHECK(fromFrench.rows().at(0).contribution.channel == QStringLiteral("online"));
    CHECK(fromFrench.rows().at(0).contribution.sector == QStringLiteral("civil_society"));
    CHECK(fromFrench.rows().at(0).contribution.status == QStringLiteral("incorporated"));
    CHECK(fromFrench.rows().at(0).contribution.response == QStringLiteral("Merci."));

    const QByteArray portuguese = "Recebida em;Canal;Autor(a);Setor;Texto;Situação;Resposta fundamentada\r\n"
                                  "03/05/2024;Carta;Luiz Souza;Academia;Publicar os contratos;Incorporada parcialmente;Obrigado.\r\n";
    const ContributionImport fromPortuguese = ContributionImport::read(*f.file, portuguese, f.plan.id);
    INFO(fromPortuguese.allProblems().join(QLatin1Char('\n')).toStdString());
    REQUIRE(fromPortuguese.acceptable());
    REQUIRE(fromPortuguese.rows().size() == 1);
    CHECK(fromPortuguese.rows().at(0).contribution.receivedOn == QDate(2024, 5, 3));
    CHECK(fromPortuguese.rows().at(0).contribution.channel == QStringLiteral("letter"));
    CHECK(fromPortuguese.rows().at(0).contribution.sector == QStringLiteral("academia"));
    CHECK(fromPortuguese.rows().at(0).contribution.status == QStringLiteral("partially_incorporated"));
}

TEST_CASE("Bad CSV rows are named by row and column, and the good rows import without them", "[cocreation][import]")
{
    PlanFixture f;
    QByteArray csv = "date,channel,author,sector,text\n"
                     "2024-05-02,online,Ana,civil_society,=HYPERLINK(\"http://evil.example\";\"clic\")\n"
                     "2024-02-30,online,Luis,civil_society,Fecha imposible\n"
                     "2024-05-04,pigeon,Eva,civil_society,Canal desconocido\n"
                     "2024-05-05,online,Sin Texto,civil_society,\n"
                     "2024-05-06,online,<b>Negrita</b>,civil_society,<script>alert('x')</script>\n"
                     "2024-05-06,online,Rosa,civil_society,Más datos abiertos\n";
    // A row pasted from a Latin-1 file into this UTF-8 one: named, not guessed.
    csv += "2024-05-07,online,Jos\xe9,civil_society,Acentos en Latin-1: se\xf1or\n";
    const ContributionImport import = ContributionImport::read(*f.file, csv, f.plan.id);
    const QStringList problems = import.allProblems();
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(import.encoding() == QStringLiteral("UTF-8"));
    CHECK(problems.contains(QStringLiteral("Row 3, column “date”: “2024-02-30” is not a date (write it as 2025-03-31 or 31/03/2025)")));
    CHECK(problems.filter(QStringLiteral("Row 4, column “channel”: “pigeon” is not one of")).size() == 1);
    CHECK(problems.contains(QStringLiteral("Row 5, column “text”: the contribution's text is empty")));
    CHECK(problems.filter(QStringLiteral("Row 8: the text is not in UTF-8")).size() == 1);
    CHECK(problems.size() == 4);
    CHECK(import.problemRowCount() == 4);
    CHECK(import.duplicateCount() == 0);
    // The other three can be imported: the bad rows no longer hold them back.
    CHECK(import.importableCount() == 3);
    CHECK(import.acceptable());
    // Formulas and markup are no errors: they stay as written, as plain text.
    CHECK(import.rows().at(0).errors.isEmpty());
    CHECK(import.rows().at(0).contribution.text == QStringLiteral("=HYPERLINK(\"http://evil.example\";\"clic\")"));
    CHECK(import.rows().at(4).contribution.author == QStringLiteral("<b>Negrita</b>"));

    // What is skipped is said, row by row.
    const QStringList skipped = import.skippedRows();
    REQUIRE(skipped.size() == 4);
    CHECK(skipped.at(0).startsWith(QStringLiteral("Row 3, column “date”")));
    CHECK(skipped.at(3).startsWith(QStringLiteral("Row 8: ")));

    const QList<qint64> created = import.commit(*f.file);
    REQUIRE(created.size() == 3);
    Table<Contribution> table(*f.file);
    CHECK(table.count() == 3);
    CHECK(table.get(created.at(0)).text == QStringLiteral("=HYPERLINK(\"http://evil.example\";\"clic\")"));
    CHECK(table.get(created.at(2)).author == QStringLiteral("Rosa"));
    CHECK(table.count(QStringLiteral("text = ?"), {QStringLiteral("Fecha imposible")}) == 0);
}

TEST_CASE("The same CSV imported twice imports nothing the second time", "[cocreation][import][duplicates]")
{
    PlanFixture f;
    const QByteArray csv = "fecha;autor;organización;texto\r\n"
                           "2025-03-01;Rosa Quispe;Red Ciudadana;Publicar los contratos en datos abiertos\r\n"
                           "2025-03-02;;Colectivo Agua;Audiencias públicas sobre el agua\r\n"
                           "2025-03-02;Juan Pérez;;\"Una propuesta\ncon dos líneas\"\r\n";
    const ContributionImport first = ContributionImport::read(*f.file, csv, f.plan.id);
    REQUIRE(first.importableCount() == 3);
    REQUIRE(first.commit(*f.file).size() == 3);

    const ContributionImport again = ContributionImport::read(*f.file, csv, f.plan.id);
    CHECK(again.allProblems().isEmpty());
    REQUIRE(again.rows().size() == 3);
    for (const ContributionImport::Row &row : again.rows()) {
        CHECK(row.duplicate == ContributionImport::Duplicate::InForum);
        CHECK(row.duplicateNote() == QStringLiteral("Already in the forum"));
        CHECK(row.sameAsId > 0);
        CHECK_FALSE(row.importable());
    }
    CHECK(again.duplicateCount() == 3);
    CHECK(again.importableCount() == 0);
    CHECK_FALSE(again.acceptable());
    CHECK(again.skippedRows().value(0) == QStringLiteral("Row 2: duplicate, already in the forum"));
    CHECK_THROWS_WITH(again.commit(*f.file), Catch::Contains("every row is a duplicate"));
    // The first preview committed once more imports nothing either: the forum is looked at again.
    CHECK_THROWS_WITH(first.commit(*f.file), Catch::Contains("every row is a duplicate"));
    CHECK(Table<Contribution>(*f.file).count() == 3);

    // The same contribution written otherwise (the author's case and accents, the text's spacing) is
    // still a duplicate; another day, another text or another plan is not.
    const QByteArray edited = "fecha;autor;texto\n"
                              "2025-03-01;  ROSA  quíspe ;\"Publicar los  contratos\nen datos abiertos \"\n"
                              "01/03/2025;rosa quispe;Publicar los contratos en datos abiertos\n"
                              "2025-03-03;Rosa Quispe;Publicar los contratos en datos abiertos\n"
                              "2025-03-01;Rosa Quispe;publicar los contratos en datos abiertos, y sus pagos\n";
    const ContributionImport changed = ContributionImport::read(*f.file, edited, f.plan.id);
    REQUIRE(changed.rows().size() == 4);
    CHECK(changed.rows().at(0).duplicate == ContributionImport::Duplicate::InForum);
    CHECK(changed.rows().at(1).duplicate == ContributionImport::Duplicate::InForum);
    CHECK(changed.rows().at(2).importable());
    CHECK(changed.rows().at(3).importable());

    ActionPlan next;
    next.title = QStringLiteral("Plan 2026-2028");
    next.periodStart = QDate(2026, 9, 1);
    next.periodEnd = QDate(2028, 8, 31);
    Table<ActionPlan>(*f.file).create(next);
    CHECK(ContributionImport::read(*f.file, csv, next.id).importableCount() == 3);
}

TEST_CASE("A row repeated within a CSV is imported once, the repeat named after the first", "[cocreation][import][duplicates]")
{
    PlanFixture f;
    const QByteArray csv = "date,channel,author,text\n"
                           "2025-03-01,pigeon,Eva Ríos,Más bibliotecas\n"      // a problem: skipped
                           "2025-03-01,email,Eva Ríos,Más bibliotecas\n"       // so this one imports
                           "2025-03-01,email,Ana Soto,Presupuesto abierto\n"
                           "2025-03-01,online,eva rios,Más  bibliotecas\n"     // the same as row 3
                           "2025-03-01,email,Ana Soto,Presupuesto abierto\n";  // the same as row 4
    const ContributionImport import = ContributionImport::read(*f.file, csv, f.plan.id);
    REQUIRE(import.rows().size() == 5);
    CHECK_FALSE(import.rows().at(0).importable());
    CHECK(import.rows().at(0).duplicate == ContributionImport::Duplicate::None);
    CHECK(import.rows().at(1).importable());
    CHECK(import.rows().at(3).duplicate == ContributionImport::Duplicate::InFile);
    CHECK(import.rows().at(3).sameAsRow == 3);
    CHECK(import.rows().at(3).duplicateNote() == QStringLiteral("Same as row 3"));
    CHECK(import.rows().at(4).duplicateNote() == QStringLiteral("Same as row 4"));
    CHECK(import.importableCount() == 2);
    CHECK(import.duplicateCount() == 2);
    CHECK(import.problemRowCount() == 1);
    CHECK(import.skippedRows().contains(QStringLiteral("Row 5: duplicate, the same as row 3")));
    CHECK(import.commit(*f.file).size() == 2);
    CHECK(Table<Contribution>(*f.file).count() == 2);
}

TEST_CASE("CSV files in UTF-8, UTF-16 and Windows-1252 are read with their accents", "[cocreation][import][encoding]")
{
    PlanFixture f;
    const QString header = QStringLiteral("fecha;autor;organización;texto\r\n");
    const QString body = QStringLiteral("2025-03-31;Lucía Núñez;Asociación Pro Año;Presupuesto de 5 € por vecino, “más” participación\r\n");
    const auto check = [&](const QByteArray &bytes, const char *encoding) {
        const ContributionImport import = ContributionImport::read(*f.file, bytes, f.plan.id);
        INFO(encoding << ": " << import.allProblems().join(QLatin1Char('\n')).toStdString());
        CHECK(import.encoding() == QString::fromLatin1(encoding));
        REQUIRE(import.allProblems().isEmpty());
        REQUIRE(import.rows().size() == 1);
        const Contribution &c = import.rows().first().contribution;
        CHECK(c.author == QStringLiteral("Lucía Núñez"));
        CHECK(c.organization == QStringLiteral("Asociación Pro Año"));
        CHECK(c.text == QStringLiteral("Presupuesto de 5 € por vecino, “más” participación"));
        CHECK(c.receivedOn == QDate(2025, 3, 31));
    };
    SECTION("Windows-1252, as Excel in Spanish saves “CSV”")
    {
        // í = 0xED, ñ = 0xF1, € = 0x80, “ ” = 0x93 0x94: no UTF-8 at all.
        const QByteArray bytes = "fecha;autor;organizaci\xf3n;texto\r\n"
                                 "2025-03-31;Luc\xed" "a N\xfa\xf1" "ez;Asociaci\xf3n Pro A\xf1o;Presupuesto de 5 \x80 por vecino, \x93m\xe1s\x94 participaci\xf3n\r\n";
        check(bytes, "Windows-1252");
    }
    SECTION("UTF-8 with a byte order mark")
    {
        check("\xEF\xBB\xBF" + (header + body).toUtf8(), "UTF-8");
    }
    SECTION("UTF-8 without one")
    {
        check((header + body).toUtf8(), "UTF-8");
    }
    SECTION("UTF-16 LE with a byte order mark, as “Unicode text”")
    {
        QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const QByteArray bytes = encoder.encode(header + body);
        REQUIRE(bytes.startsWith("\xFF\xFE"));
        check(bytes, "UTF-16 LE");
    }
    SECTION("UTF-16 BE with a byte order mark")
    {
        QStringEncoder encoder(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
        check(encoder.encode(header + body), "UTF-16 BE");
    }
    SECTION("UTF-16 without a byte order mark, told by its NUL bytes")
    {
        QStringEncoder le(QStringEncoder::Utf16LE);
        check(le.encode(header + body), "UTF-16 LE");
        QStringEncoder be(QStringEncoder::Utf16BE);
        check(be.encode(header + body), "UTF-16 BE");
    }
}

TEST_CASE("A UTF-8 row pasted into a Windows-1252 CSV keeps its accents and is named", "[cocreation][import][encoding]")
{
    PlanFixture f;
    // Two rows as Excel in Spanish saves them, then one pasted from a UTF-8 file ("Lucía" is C3 AD).
    const QByteArray bytes = "fecha;autor;texto\r\n"
                             "2025-03-30;Jos\xe9 P\xe9" "rez;Actas en una semana\r\n"
                             "2025-03-31;Mar\xed" "a Pe\xf1" "a;Contratos abiertos\r\n"
                             "2025-04-01;Luc\xc3\xad" "a Ord\xc3\xb3\xc3\xb1" "ez;Indicadores de g\xc3\xa9nero\r\n";
    const ContributionImport import = ContributionImport::read(*f.file, bytes, f.plan.id);
    CHECK(import.encoding() == QStringLiteral("Windows-1252"));
    REQUIRE(import.rows().size() == 3);
    CHECK(import.rows().at(0).contribution.author == QStringLiteral("José Pérez"));
    CHECK(import.rows().at(1).contribution.author == QStringLiteral("María Peña"));
    // Not "LucÃ­a OrdÃ³Ã±ez": the row is read as what it is, and the preview says so.
    CHECK(import.rows().at(2).contribution.author == QStringLiteral("Lucía Ordóñez"));
    CHECK(import.rows().at(2).contribution.text == QStringLiteral("Indicadores de género"));
    CHECK(import.rows().at(2).errors.isEmpty());
    REQUIRE(import.rows().at(2).warnings.size() == 1);
    CHECK(import.rows().at(2).warnings.first().contains(QStringLiteral("Row 4: this row is in UTF-8")));
    CHECK(import.rows().at(0).warnings.isEmpty());
    CHECK(import.importableCount() == 3);
}

TEST_CASE("A binary file is refused as no CSV", "[cocreation][import][encoding]")
{
    PlanFixture f;
    // The beginning of an .xlsx (a zip archive) saved under a .csv name.
    static const char start[] = "PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xa4\x1f\x8b\x9c\x01\x00\x00\x00[Content_Types].xml";
    const QByteArray zip(start, sizeof start - 1);
    const ContributionImport import = ContributionImport::read(*f.file, zip, f.plan.id);
    REQUIRE(import.problems().size() == 1);
    CHECK(import.problems().first().startsWith(QStringLiteral("The file is not a CSV file")));
    CHECK(import.rows().isEmpty());
    CHECK_FALSE(import.acceptable());
    CHECK_THROWS_WITH(import.commit(*f.file), Catch::Contains("Nothing was imported"));
}

TEST_CASE("Cells that look like spreadsheet formulas are noted and kept as written", "[cocreation][import][formula]")
{
    PlanFixture f;
    const QByteArray csv = "fecha;autor;organización;texto\n"
                           "2025-03-01;Ana;;\"=HYPERLINK(\"\"http://evil.example\"\";\"\"clic\"\")\"\n"
                           "2025-03-02;@Ana;;Texto normal\n"
                           "2025-03-03;Luis;+cmd|' /C calc'!A0;Texto normal\n"
                           "2025-03-04;Eva;;-2+3+cmd|' /C calc'!A0\n"
                           "2025-03-05;Rosa;;\"\t=1+1\"\n"
                           "2025-03-06;+51 999 888 777;-5;-5\n"
                           "2025-03-07;Juan;;Sin fórmulas: 2 + 2 = 4\n";
    const ContributionImport import = ContributionImport::read(*f.file, csv, f.plan.id);
    INFO(import.allProblems().join(QLatin1Char('\n')).toStdString());
    REQUIRE(import.allProblems().isEmpty());
    REQUIRE(import.rows().size() == 7);
    CHECK(import.rows().at(0).warnings
          == QStringList{QStringLiteral("Row 2, column “texto”: looks like a spreadsheet formula; it is kept as plain text")});
    CHECK(import.rows().at(1).warnings.filter(QStringLiteral("column “autor”")).size() == 1);
    CHECK(import.rows().at(2).warnings.filter(QStringLiteral("column “organización”")).size() == 1);
    CHECK(import.rows().at(3).warnings.size() == 1);
    CHECK(import.rows().at(4).warnings.size() == 1);
    CHECK(import.rows().at(5).warnings.isEmpty()); // a telephone number and a number are no formulas
    CHECK(import.rows().at(6).warnings.isEmpty());
    CHECK(import.warningCount() == 5);
    // Noted, not refused: every row imports, its text as it was written.
    CHECK(import.importableCount() == 7);
    const QList<qint64> created = import.commit(*f.file);
    REQUIRE(created.size() == 7);
    Table<Contribution> table(*f.file);
    CHECK(table.get(created.at(0)).text == QStringLiteral("=HYPERLINK(\"http://evil.example\";\"clic\")"));
    CHECK(table.get(created.at(2)).organization == QStringLiteral("+cmd|' /C calc'!A0"));
    CHECK(table.get(created.at(3)).text == QStringLiteral("-2+3+cmd|' /C calc'!A0"));
    CHECK(table.get(created.at(5)).author == QStringLiteral("+51 999 888 777"));
}

TEST_CASE("A CSV without the needed columns, or empty, is refused with the reason", "[cocreation][import]")
{
    PlanFixture f;
    CHECK(ContributionImport::read(*f.file, "nombre,correo\nAna,a@example.org\n", f.plan.id).problems()
          == QStringList{QStringLiteral("No column holds the contributions' text (name it “text” or “texto”)."),
                         QStringLiteral("No column holds the date received (name it “date” or “fecha”).")});
    CHECK(ContributionImport::read(*f.file, "", f.plan.id).problems() == QStringList{QStringLiteral("The file is empty.")});
    CHECK(ContributionImport::read(*f.file, "\xEF\xBB\xBF" "fecha,texto\n", f.plan.id).problems()
          == QStringList{QStringLiteral("The file has a header but no contributions.")});
    CHECK(ContributionImport::readFile(*f.file, f.folder.file(QStringLiteral("none.csv")), f.plan.id).problems().first().contains(QStringLiteral("cannot be read")));
}

TEST_CASE("The plan draft and the response report hold every commitment, milestone and response", "[cocreation][documents]")
{
    test::TempFolder folder;
    auto file = createSampleForum(folder.file(QStringLiteral("muestra.ogpforum")));
    const qint64 planId = file->database().scalar(QStringLiteral("SELECT id FROM action_plan WHERE stage = 'implement'")).toLongLong();
    REQUIRE(planId > 0);

    const QString plan = PlanDraftDocument::build(*file, planId)->toPlainText();
    CHECK(plan.contains(QStringLiteral("Introducción y contexto")));
    CHECK(plan.contains(QStringLiteral("El proceso de cocreación")));
    for (const Commitment &c : Table<Commitment>(*file).list(QStringLiteral("plan_id = ?"), {planId})) {
        INFO(c.title.toStdString());
        CHECK(plan.contains(c.title));
        CHECK(plan.contains(c.leadAgency));
        for (const Milestone &m : Table<Milestone>(*file).list(QStringLiteral("commitment_id = ?"), {c.id}))
            CHECK(plan.contains(m.activity));
    }
    const CoCreationSummary summary = CoCreationSummary::of(*file, planId);
    CHECK(summary.received == Table<Contribution>(*file).count(QStringLiteral("plan_id = ?"), {planId}));
    CHECK(summary.bySector.value(QStringLiteral("civil_society")) > 0);
    CHECK(plan.contains(QString::number(summary.received)));

    const QString report = ResponseReport::build(*file, planId)->toPlainText();
    for (const Contribution &c : Table<Contribution>(*file).list(QStringLiteral("plan_id = ?"), {planId})) {
        INFO(c.text.toStdString());
        CHECK(report.contains(c.text));
        CHECK(report.contains(c.response));
        // A person is named only with their recorded consent (format 3).
        if (!c.author.isEmpty())
            CHECK(report.contains(c.author) == c.authorConsents);
    }
    CHECK(report.contains(QStringLiteral("Una persona ciudadana")));
    // It opens with a summary by treatment and by commitment, before the contributions one by one.
    const QString markdown = DocumentBuilder::markdownOf(*ResponseReport::build(*file, planId));
    CHECK(markdown.indexOf(QStringLiteral("## Resumen por tratamiento")) < markdown.indexOf(QStringLiteral("## Resumen por compromiso")));
    CHECK(markdown.indexOf(QStringLiteral("## Resumen por compromiso")) < markdown.indexOf(QStringLiteral("### Aporte #")));
    const int incorporated = int(Table<Contribution>(*file).count(QStringLiteral("plan_id = ? AND status = 'incorporated'"), {planId}));
    CHECK(markdown.contains(QStringLiteral("| Incorporado | %1 |").arg(incorporated)));
    for (const Commitment &c : Table<Commitment>(*file).list(QStringLiteral("plan_id = ?"), {planId})) {
        const int drawnOn = file->database().scalar(QStringLiteral("SELECT count(*) FROM contribution_commitment WHERE commitment_id = ?"),
                                                    {c.id}).toInt();
        CHECK(markdown.contains(QStringLiteral("| %1\\. %2 | %3 |").arg(c.number, c.title).arg(drawnOn))); // Markdown escapes "1."
    }
    // The plan follows OGP's template, in its order, and is a draft only until approved or submitted.
    for (const char *section : {"Definición del problema", "¿Cuáles son las causas del problema?", "Descripción del compromiso",
                                "¿Qué resultados se esperan?", "Análisis del compromiso", "Planificación del compromiso",
                                "Persona de contacto", "Áreas de política", "etiquetas propias del foro"})
        CHECK(plan.contains(QString::fromUtf8(section)));
    CHECK(plan.indexOf(QStringLiteral("Definición del problema")) < plan.indexOf(QStringLiteral("Descripción del compromiso")));
    CHECK(plan.indexOf(QStringLiteral("Descripción del compromiso")) < plan.indexOf(QStringLiteral("Análisis del compromiso")));
    CHECK_FALSE(plan.contains(QStringLiteral("BORRADOR"))); // submitted to OGP
    CHECK_FALSE(plan.contains(QStringLiteral("Etapa:")));
    ActionPlan draft = Table<ActionPlan>(*file).get(planId);
    draft.submittedOn = QDate();
    draft.stage = QStringLiteral("co_create");
    file->database().exec(QStringLiteral("UPDATE decision SET approves_plan_id = NULL"));
    Table<ActionPlan>(*file).update(draft);
    const QString unapproved = PlanDraftDocument::build(*file, planId)->toPlainText();
    CHECK(unapproved.startsWith(QStringLiteral("BORRADOR — ")));
    CHECK(unapproved.contains(QStringLiteral("el foro aún no ha aprobado este plan")));
    // Each commitment lists the contributions it draws on, and each contribution the commitments it fed.
    const qint64 linked = file->database().scalar(QStringLiteral(
        "SELECT l.contribution_id FROM contribution_commitment l JOIN contribution c ON c.id = l.contribution_id "
        "WHERE c.plan_id = ? LIMIT 1"), {planId}).toLongLong();
    CHECK(plan.contains(QStringLiteral("#%1").arg(linked)));
}

TEST_CASE("The co-creation counts follow the contributions' responses", "[cocreation]")
{
    PlanFixture f;
    const auto add = [&](const char *sector, const char *channel, const char *status, bool answered) {
        Contribution c;
        c.planId = f.plan.id;
        c.receivedOn = QDate(2024, 5, 1);
        c.text = QStringLiteral("Aporte");
        c.sector = QString::fromLatin1(sector);
        c.channel = QString::fromLatin1(channel);
        c.status = QString::fromLatin1(status);
        if (answered) {
            c.response = QStringLiteral("Respuesta razonada");
            c.respondedOn = QDate(2024, 6, 1);
        }
        Table<Contribution>(*f.file).create(c);
    };
    add("civil_society", "online", "incorporated", true);
    add("civil_society", "workshop", "partially_incorporated", true);
    add("academia", "online", "not_incorporated", true);
    add("government", "email", "received", false);
    const CoCreationSummary s = CoCreationSummary::of(*f.file, f.plan.id);
    CHECK(s.received == 4);
    CHECK(s.answered == 3);
    CHECK(s.awaiting == 1);
    CHECK(s.incorporated == 2);
    CHECK(s.notIncorporated == 1);
    CHECK(s.bySector.value(QStringLiteral("civil_society")) == 2);
    CHECK(s.byChannel.value(QStringLiteral("online")) == 2);
}

TEST_CASE("The documents count contributions in words that agree with the number", "[cocreation][documents][plural]")
{
    CoCreationSummary one;
    one.received = 1;
    one.answered = 1;
    one.awaiting = 0;
    one.incorporated = 1;
    CHECK(one.sentence(DocumentLanguage(QStringLiteral("en")))
          == QStringLiteral("1 contribution was received: 1 has a reasoned response, 1 was incorporated in full or in part."));
    CHECK(one.sentence(DocumentLanguage(QStringLiteral("es")))
          == QStringLiteral("Se recibió 1 aporte: 1 tiene respuesta razonada, 1 se incorporó total o parcialmente."));
    CoCreationSummary many;
    many.received = 12;
    many.answered = 10;
    many.awaiting = 2;
    many.incorporated = 7;
    many.notIncorporated = 3;
    CHECK(many.sentence(DocumentLanguage(QStringLiteral("en")))
          == QStringLiteral("12 contributions were received: 10 have a reasoned response, 7 were incorporated in full or in part."));
    CHECK(many.treatmentSentence(DocumentLanguage(QStringLiteral("es")))
          == QStringLiteral("12 aportes recibidos: 10 respondidos, 2 a la espera de respuesta, 7 incorporados total o parcialmente, 3 no incorporados."));
    CHECK(CoCreationSummary().sentence(DocumentLanguage(QStringLiteral("en"))) == QStringLiteral("No contributions were received."));
}

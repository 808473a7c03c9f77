// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled sample forum: realistic, in the asked language, and sound.
#include <catch2/catch.hpp>

#include "tests/support/TestSupport.h"
#include "core/forum/ConsistencyCheck.h"
#include "core/forum/Forum.h"
#include "core/learning/PracticeLibrary.h"
#include "core/meetings/Agenda.h"
#include "core/meetings/Meeting.h"
#include "core/plans/Commitment.h"
#include "core/plans/CommitmentReview.h"
#include "core/sample/SampleContent.h"
#include "core/sample/SampleForum.h"
#include "core/storage/Database.h"
#include "core/storage/Table.h"

#include <QElapsedTimer>
#include <QRegularExpression>

using namespace forumdesk;

namespace {

qint64 countOf(ForumFile &file, const char *table)
{
    return file.database().scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table))).toLongLong();
}

// The agenda items of held meetings whose presenter the window would flag (absent, excused, or
// not on the attendance list), as "meeting id: reason".
QStringList flaggedPresenters(ForumFile &file)
{
    QStringList flagged;
    for (const Meeting &meeting : Table<Meeting>(file).list(QStringLiteral("status <> 'planned' AND status <> 'cancelled'")))
        for (const QString &problem : Agenda::presenterProblems(file, meeting, Agenda::of(file, meeting.id)))
            if (!problem.isEmpty())
                flagged << QStringLiteral("%1: %2").arg(meeting.id).arg(problem);
    return flagged;
}

// Every text cell of the forum that names `word` (case aside), as "table.column: text".
QStringList cellsNaming(ForumFile &file, const QString &word)
{
    QStringList found;
    Statement tables = file.database().query(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (tables.next()) {
        const QString table = tables.text(0);
        Statement columns = file.database().query(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
        while (columns.next()) {
            Statement cells = file.database().query(QStringLiteral("SELECT \"%1\" FROM \"%2\" WHERE typeof(\"%1\") = 'text' AND instr(lower(\"%1\"), lower(?1)) > 0 LIMIT 3")
                                                        .arg(columns.text(0), table));
            cells.bind(1, word);
            while (cells.next())
                found << QStringLiteral("%1.%2: %3").arg(table, columns.text(0), cells.text(0).left(120));
        }
    }
    return found;
}

// The sample in French or Portuguese: sound, with OGP's template filled in, and in that language
// throughout: no text, name, place or address left from the Spanish and English sample.
void checkTranslatedSample(const QString &language, const QString &country, const QString &zone,
                           const QStringList &planWords)
{
    test::TempFolder folder;
    SampleOptions options;
    options.language = language;
    auto file = createSampleForum(folder.file(QStringLiteral("sample.ogpforum")), options);
    CHECK(ConsistencyCheck::run(*file).isEmpty());
    const Forum forum = Table<Forum>(*file).get(1);
    CHECK(forum.language == language);
    CHECK(forum.name.contains(country));
    CHECK(forum.timeZone == zone);
    CHECK(flaggedPresenters(*file) == QStringList());
    CHECK(countOf(*file, "commitment") >= 12);
    CHECK(countOf(*file, "contribution") >= 50);
    const QString titles = file->database().scalar(QStringLiteral("SELECT group_concat(title, ' ') FROM action_plan")).toString();
    for (const QString &word : planWords)
        CHECK(titles.contains(word));
    for (const Commitment &c : Table<Commitment>(*file).list()) {
        QStringList gaps;
        for (const TemplateGap &gap : CommitmentReview::gaps(*file, c.id))
            gaps << gap.message;
        INFO("commitment " << c.number.toStdString() << ": " << gaps.join(QStringLiteral("; ")).toStdString());
        CHECK(gaps.isEmpty());
        CHECK(c.briefDescription.size() <= 280);
    }
    // The large sample's own texts too, without writing a decade of meetings.
    const sample::LargeText &large = sample::large();
    for (const sample::Bilingual *text : {&large.planTitle, &large.planIntroduction, &large.commitmentTitle,
                                          &large.extraMilestone, &large.extraDeliverable, &large.sessionTitle,
                                          &large.workingGroupTitle, &large.consultationTitle, &large.publicEventTitle,
                                          &large.progressItem, &large.progressMinutes, &large.approvePlan,
                                          &large.approvePlanItem, &large.approvePlanMinutes, &large.contactTitle})
        text->in(language);
    for (const auto *list : {&large.ordinals, &large.regions, &large.workingGroupTopics, &large.places, &large.otherItems,
                             &large.otherMinutes, &large.decisions, &large.actions})
        for (const sample::Bilingual &text : *list)
            text.in(language);
    for (const char *address : {"correo.montealto.example", "https://reuniones.montealto.example/foro-multiactor",
                                "https://reuniones.montealto.example/grupos-de-trabajo",
                                "https://reuniones.montealto.example/cocreacion"})
        sample::translated(address, language);
    INFO("untranslated: " << sample::untranslated(language).join(QStringLiteral(" | ")).toStdString());
    CHECK(sample::untranslated(language).isEmpty());
    for (const char *word : {"Montealto", "Lucía", "Río Claro", "San Isidro"}) {
        INFO(word);
        CHECK(cellsNaming(*file, QString::fromUtf8(word)) == QStringList());
    }
}

} // namespace

TEST_CASE("The small sample forum is a realistic forum in Spanish that passes check", "[sample]")
{
    test::TempFolder folder;
    auto file = createSampleForum(folder.file(QStringLiteral("muestra.ogpforum")));
    CHECK(ConsistencyCheck::run(*file).isEmpty());
    CHECK(Table<Forum>(*file).get(1).language == QStringLiteral("es"));
    CHECK(countOf(*file, "member") >= 15);
    CHECK(countOf(*file, "member") <= 30);
    CHECK(countOf(*file, "action_plan") == 2);
    CHECK(countOf(*file, "commitment") >= 12);
    CHECK(countOf(*file, "meeting") >= 10);
    CHECK(countOf(*file, "contribution") >= 50);
    CHECK(countOf(*file, "agenda_item") > 0);
    CHECK(flaggedPresenters(*file) == QStringList()); // every presenter came, members or guests
    CHECK(countOf(*file, "attendance") > 0);
    CHECK(countOf(*file, "decision") > 0);
    CHECK(countOf(*file, "action_item") > 0);
    CHECK(countOf(*file, "progress_update") > countOf(*file, "milestone"));
    CHECK(countOf(*file, "assessment") > 0);
    CHECK(countOf(*file, "lesson") > 0);
    // A few commitments cite the reference practices that inspired them, all from the library.
    CHECK(countOf(*file, "commitment_practice") >= 4);
    CHECK(file->database().scalar(QStringLiteral("SELECT count(DISTINCT commitment_id) FROM commitment_practice")).toInt()
          < countOf(*file, "commitment") / 2);
    Statement cited = file->database().query(QStringLiteral("SELECT DISTINCT practice FROM commitment_practice"));
    while (cited.next())
        CHECK(PracticeLibrary::find(cited.text(0)) != nullptr);
    // Both sectors of an OGP forum are there.
    CHECK(file->database().scalar(QStringLiteral("SELECT count(DISTINCT sector) FROM member WHERE sector IN ('government', 'civil_society')")).toInt() == 2);
    // One plan closed, one in implementation.
    CHECK(file->database().scalar(QStringLiteral("SELECT group_concat(stage, ',') FROM (SELECT stage FROM action_plan ORDER BY period_start)")).toString()
          == QStringLiteral("closed,implement"));
    // The text is Spanish.
    const QString titles = file->database().scalar(QStringLiteral("SELECT group_concat(title, ' ') FROM commitment")).toString();
    CHECK((titles.contains(QStringLiteral(" de ")) || titles.contains(QStringLiteral(" la "))));
    // Its commitments fill in OGP's template in full (format 3): the Co-create page and the plan
    // draft show a finished plan, and a few contributors agreed to be named.
    for (const Commitment &c : Table<Commitment>(*file).list()) {
        QStringList gaps;
        for (const TemplateGap &gap : CommitmentReview::gaps(*file, c.id))
            gaps << gap.message;
        INFO("commitment " << c.number.toStdString() << " of plan " << c.planId << ": " << gaps.join(QStringLiteral("; ")).toStdString());
        CHECK(gaps.isEmpty());
        CHECK(c.briefDescription.size() <= 280);
    }
    const int consenting = file->database().scalar(QStringLiteral("SELECT count(*) FROM contribution WHERE author_consents")).toInt();
    CHECK(consenting > 0);
    CHECK(consenting < countOf(*file, "contribution"));
}

TEST_CASE("The sample forum can be written in English", "[sample]")
{
    test::TempFolder folder;
    SampleOptions options;
    options.language = QStringLiteral("en");
    auto file = createSampleForum(folder.file(QStringLiteral("sample.ogpforum")), options);
    CHECK(ConsistencyCheck::run(*file).isEmpty());
    CHECK(Table<Forum>(*file).get(1).language == QStringLiteral("en"));
    const QString titles = file->database().scalar(QStringLiteral("SELECT group_concat(title, ' ') FROM commitment")).toString();
    const bool english = titles.contains(QStringLiteral(" the "), Qt::CaseInsensitive)
        || titles.contains(QStringLiteral(" and ")) || titles.contains(QStringLiteral(" of "));
    CHECK(english);
}

TEST_CASE("The sample forum in French is a francophone forum that passes check", "[sample][i18n]")
{
    checkTranslatedSample(QStringLiteral("fr"), QStringLiteral("Kanwara"), QStringLiteral("Africa/Abidjan"),
                          {QStringLiteral("Premier plan d'action national"), QStringLiteral("Deuxième plan d'action national")});
}

TEST_CASE("The sample forum in Portuguese is a lusophone forum that passes check", "[sample][i18n]")
{
    checkTranslatedSample(QStringLiteral("pt"), QStringLiteral("Serra Formosa"), QStringLiteral("America/Sao_Paulo"),
                          {QStringLiteral("I Plano de Ação Nacional"), QStringLiteral("II Plano de Ação Nacional")});
}

TEST_CASE("The large sample forum holds a decade of a big forum and passes check", "[sample][large]")
{
    test::TempFolder folder;
    SampleOptions options;
    options.size = SampleOptions::Size::Large;
    QElapsedTimer timer;
    timer.start();
    auto file = createSampleForum(folder.file(QStringLiteral("grande.ogpforum")), options);
    const qint64 elapsed = timer.elapsed();
    WARN("large sample written in " << elapsed << " ms");
    CHECK(countOf(*file, "action_plan") >= 10);
    CHECK(countOf(*file, "commitment") >= 600);
    CHECK(countOf(*file, "milestone") >= 3000);
    CHECK(countOf(*file, "progress_update") >= 30000);
    CHECK(countOf(*file, "meeting") >= 400);
    CHECK(countOf(*file, "agenda_item") >= 8000);
    CHECK(flaggedPresenters(*file).size() == 0);
    CHECK(countOf(*file, "contribution") >= 10000);
    CHECK(countOf(*file, "member") >= 200);
    CHECK(countOf(*file, "commitment_practice") > 100);
    CHECK(ConsistencyCheck::run(*file).isEmpty());
    CHECK(elapsed < 60000); // "written in seconds", with room for a slow CI machine
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Search as people type it: without accents, in any case, and a clear word when nothing matched.
#include "tests/ui/UiTestSupport.h"

#include "tests/support/TestSupport.h"
#include "core/cocreation/Contribution.h"
#include "core/cocreation/ContributionQuery.h"
#include "core/forum/MemberQuery.h"
#include "core/forum/NewForum.h"
#include "core/meetings/ActionItem.h"
#include "core/meetings/ActionItemFollowUp.h"
#include "core/meetings/Meeting.h"
#include "core/meetings/MeetingQuery.h"
#include "core/plans/ActionPlan.h"
#include "core/storage/Database.h"
#include "core/storage/Table.h"
#include "ui/document/ForumDocument.h"
#include "ui/meetings/ActionItemTableModel.h"
#include "ui/meetings/ActionItemsPanel.h"
#include "ui/members/MembersPage.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTest>

#include <catch2/catch.hpp>

using namespace forumdesk;

namespace {

std::unique_ptr<ForumFile> searchForum(test::TempFolder &folder)
{
    auto file = createForum(folder.file(QStringLiteral("busqueda.ogpforum")), QStringLiteral("Foro"), QStringLiteral("es"));
    for (const char *name : {"Lucía Mamani", "José Peña", "ÁLVARO QUISPE", "Lucas Díaz"}) {
        Member m = test::makeMember(QString::fromUtf8(name));
        m.organization = QStringLiteral("Defensoría del Pueblo");
        Table<Member>(*file).create(m);
    }
    Meeting meeting;
    meeting.title = QStringLiteral("Sesión de Consulta Pública");
    meeting.place = QStringLiteral("Auditorio Ñuñoa");
    meeting.startsAt = QDateTime(QDate(2026, 3, 2), QTime(10, 0));
    meeting.endsAt = meeting.startsAt.addSecs(7200);
    Table<Meeting>(*file).create(meeting);
    ActionItem item;
    item.meetingId = meeting.id;
    item.text = QStringLiteral("Enviar el acta a la Contraloría");
    item.owner = QStringLiteral("Álvaro Quispe");
    Table<ActionItem>(*file).create(item);
    ActionPlan plan;
    plan.title = QStringLiteral("Plan");
    plan.periodStart = QDate(2025, 9, 1);
    plan.periodEnd = QDate(2027, 8, 31);
    Table<ActionPlan>(*file).create(plan);
    Contribution c;
    c.planId = plan.id;
    c.receivedOn = QDate(2026, 1, 5);
    c.author = QStringLiteral("Asociación Civil Transparencia");
    c.text = QStringLiteral("Publicar la ejecución presupuestaria por región");
    Table<Contribution>(*file).create(c);
    return file;
}

} // namespace

TEST_CASE("Search ignores case and accents for members, meetings, contributions and action items", "[ui][search]")
{
    CHECK(foldForSearch(QStringLiteral("Lucía PEÑA Ñuñoa")) == QStringLiteral("lucia pena nunoa"));
    test::TempFolder folder;
    auto file = searchForum(folder);
    const auto members = [&](const char *text) {
        MemberQuery q;
        q.text = QString::fromUtf8(text);
        return q.count(*file);
    };
    CHECK(members("lucia") == 1);
    CHECK(members("LUCÍA") == 1);
    CHECK(members("pena") == 1);
    CHECK(members("alvaro") == 1);
    CHECK(members("defensoria") == 4); // organisation, too
    CHECK(members("luc") == 2);
    CHECK(members("%") == 0); // wildcards are taken as typed
    CHECK(members("_") == 0);
    MeetingQuery meetings;
    meetings.when = MeetingQuery::When::All;
    meetings.text = QStringLiteral("consulta publica");
    CHECK(meetings.count(*file) == 1);
    meetings.text = QStringLiteral("nunoa");
    CHECK(meetings.count(*file) == 1);
    ContributionQuery contributions;
    contributions.text = QStringLiteral("asociacion");
    CHECK(contributions.count(*file) == 1);
    contributions.text = QStringLiteral("EJECUCION");
    CHECK(contributions.count(*file) == 1);
    ActionItemQuery items;
    items.status.clear();
    items.text = QStringLiteral("contraloria");
    CHECK(items.count(*file) == 1);
    items.text = QStringLiteral("alvaro");
    CHECK(items.count(*file) == 1);
    items.text = QStringLiteral("tesorería");
    CHECK(items.count(*file) == 0);
}

TEST_CASE("A search that finds nothing says so", "[ui][search]")
{
    test::isolateSettings();
    test::TempFolder folder;
    ForumDocument document(searchForum(folder));
    MembersPage members(&document);
    members.searchField()->setText(QStringLiteral("lucia"));
    REQUIRE(QTest::qWaitFor([&] { return members.countText().contains(QLatin1String("1 of 4")); }, 3000));
    members.searchField()->setText(QStringLiteral("Rigoberta"));
    REQUIRE(QTest::qWaitFor([&] { return members.countText().contains(QLatin1String("No member matches")); }, 3000));
    CHECK(members.countText().contains(QStringLiteral("“Rigoberta”")));

    ActionItemsPanel items(&document);
    items.searchField()->setText(QStringLiteral("contraloria"));
    REQUIRE(QTest::qWaitFor([&] { return items.model()->matchingCount() == 1; }, 3000));
    items.searchField()->setText(QStringLiteral("tesoreria"));
    REQUIRE(QTest::qWaitFor([&] { return items.model()->matchingCount() == 0; }, 3000));
    CHECK(items.countText().contains(QLatin1String("No action item matches")));
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/UiTestSupport.h"

#include "tests/support/TestSupport.h"
#include "core/forum/NewForum.h"
#include "ui/meetings/ActionItemTableModel.h"
#include "ui/meetings/MeetingTableModel.h"
#include "core/storage/Table.h"

#include <QAbstractItemModelTester>

#include <catch2/catch.hpp>

using namespace forumdesk;
using test::checkModel;

namespace {

// 120 meetings a week apart from 1 January 2024; every third a consultation; an action item each.
std::unique_ptr<ForumFile> forumWithMeetings(const test::TempFolder &folder)
{
    auto file = createForum(folder.file(QStringLiteral("meetings.ogpforum")), QStringLiteral("Foro"), QStringLiteral("es"));
    for (int i = 0; i < 120; ++i) {
        Meeting m;
        m.title = QStringLiteral("Sesión %1").arg(i + 1);
        m.kind = i % 3 == 0 ? QStringLiteral("consultation") : QStringLiteral("forum_session");
        m.startsAt = QDateTime(QDate(2024, 1, 1).addDays(7 * i), QTime(10, 0));
        m.endsAt = m.startsAt.addSecs(3600);
        if (i == 5)
            m.status = QStringLiteral("cancelled");
        Table<Meeting>(*file).create(m);
        ActionItem a;
        a.meetingId = m.id;
        a.text = QStringLiteral("Acción %1").arg(i + 1);
        a.status = i % 2 ? QStringLiteral("open") : QStringLiteral("done");
        Table<ActionItem>(*file).create(a);
    }
    return file;
}

} // namespace

TEST_CASE("The meetings model reads upcoming and past meetings a chunk at a time", "[ui][meetings]")
{
    test::TempFolder folder;
    auto file = forumWithMeetings(folder);
    MeetingTableModel model(*file);
    CHECK(model.matchingCount() == 120);
    CHECK(model.rowCount() == MeetingTableModel::chunkSize);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 120);
    // "All" lists the latest first, with labels, not keys.
    CHECK(model.index(0, MeetingTableModel::Title).data().toString() == QStringLiteral("Sesión 120"));
    CHECK(model.index(119, MeetingTableModel::Kind).data().toString() == QLatin1String("Consultation"));
    CHECK(model.index(114, MeetingTableModel::Status).data().toString() == QLatin1String("Cancelled"));
    CHECK(model.index(0, MeetingTableModel::Status).data().toString() == QLatin1String("Planned"));
}

TEST_CASE("The meetings model filters upcoming meetings and kinds in the file", "[ui][meetings]")
{
    test::TempFolder folder;
    auto file = forumWithMeetings(folder);
    MeetingTableModel model(*file);
    MeetingQuery query;
    query.today = QDate(2025, 1, 1); // from the 54th meeting (6 January 2025) on
    query.when = MeetingQuery::When::Upcoming;
    model.setQuery(query);
    checkModel(model);
    CHECK(model.matchingCount() == 67);
    CHECK(model.index(0, MeetingTableModel::Title).data().toString() == QStringLiteral("Sesión 54"));
    query.kind = QStringLiteral("consultation");
    model.setQuery(query);
    checkModel(model);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.index(row, MeetingTableModel::Kind).data(MeetingTableModel::KeyRole).toString() == QLatin1String("consultation"));
    CHECK(model.rowOf(model.meeting(3).id) == 3);
}

TEST_CASE("The action items model follows open items across meetings", "[ui][meetings]")
{
    test::TempFolder folder;
    auto file = forumWithMeetings(folder);
    ActionItemTableModel model(*file);
    checkModel(model);
    CHECK(model.matchingCount() == 60);
    CHECK(model.index(0, ActionItemTableModel::Status).data().toString() == QLatin1String("Open"));
    CHECK(model.index(0, ActionItemTableModel::AgreedAt).data().toString().startsWith(QStringLiteral("Sesión")));
    ActionItemQuery query;
    query.status.clear();
    model.setQuery(query);
    checkModel(model);
    CHECK(model.matchingCount() == 120);
}

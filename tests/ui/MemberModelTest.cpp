// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/UiTestSupport.h"

#include "tests/support/TestSupport.h"
#include "core/forum/NewForum.h"
#include "ui/members/MemberTableModel.h"
#include "core/storage/Table.h"

#include <QAbstractItemModelTester>

#include <catch2/catch.hpp>

using namespace forumdesk;
using test::checkModel;

namespace {

// 130 members: the first 20 government, the rest civil society; every tenth one's term is over.
std::unique_ptr<ForumFile> forumWithMembers(const test::TempFolder &folder)
{
    auto file = createForum(folder.file(QStringLiteral("members.ogpforum")), QStringLiteral("Foro"), QStringLiteral("es"));
    Table<Member> members(*file);
    for (int i = 0; i < 130; ++i) {
        Member m = test::makeMember(QStringLiteral("Member %1").arg(i, 3, 10, QLatin1Char('0')),
                                    i < 20 ? QStringLiteral("government") : QStringLiteral("civil_society"));
        m.termStart = QDate(2020, 1, 1);
        if (i % 10 == 0)
            m.termEnd = QDate(2021, 12, 31);
        members.create(m);
    }
    return file;
}

} // namespace

TEST_CASE("The members model loads a long list a chunk at a time", "[ui][members]")
{
    test::TempFolder folder;
    auto file = forumWithMembers(folder);
    MemberTableModel model(*file);

    CHECK(model.matchingCount() == 130);
    CHECK(model.rowCount() == MemberTableModel::chunkSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * MemberTableModel::chunkSize);
    // The tester watches the rest of the fetching.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 130);
    CHECK(model.index(0, MemberTableModel::Name).data().toString() == QLatin1String("Member 000"));
    CHECK(model.index(129, MemberTableModel::Name).data().toString() == QLatin1String("Member 129"));
}

TEST_CASE("The members model sorts and filters in the file, with readable labels", "[ui][members]")
{
    test::TempFolder folder;
    auto file = forumWithMembers(folder);
    MemberTableModel model(*file);
    checkModel(model);

    model.sort(MemberTableModel::Name, Qt::DescendingOrder);
    checkModel(model);
    CHECK(model.index(0, MemberTableModel::Name).data().toString() == QLatin1String("Member 129"));

    MemberQuery query = model.query();
    query.sector = QStringLiteral("government");
    model.setQuery(query);
    checkModel(model);
    CHECK(model.matchingCount() == 20);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.index(row, MemberTableModel::Sector).data().toString() == QLatin1String("Government"));

    query.sector.clear();
    query.activeOnly = true;
    model.setQuery(query);
    checkModel(model);
    CHECK(model.matchingCount() == 117); // 13 of 130 have a term that ended in 2021

    query.activeOnly = false;
    query.text = QStringLiteral("member 12");
    model.setQuery(query);
    CHECK(model.matchingCount() == 10); // Member 120 .. Member 129
    CHECK(model.index(0, MemberTableModel::TermEnd).data().toString() == QLatin1String("open"));
}

TEST_CASE("The members model follows edits after a reload", "[ui][members]")
{
    test::TempFolder folder;
    auto file = createForum(folder.file(QStringLiteral("f.ogpforum")), QStringLiteral("Foro"), QStringLiteral("es"));
    MemberTableModel model(*file);
    checkModel(model);
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.canFetchMore({}));

    Member ana = test::makeMember(QStringLiteral("Ana Pérez"), QStringLiteral("government"));
    Table<Member>(*file).create(ana);
    model.reload();
    checkModel(model);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, MemberTableModel::Name).data().toString() == QStringLiteral("Ana Pérez"));
    CHECK(model.rowOf(ana.id) == 0);
    CHECK(model.headerData(MemberTableModel::Organization, Qt::Horizontal).toString() == QLatin1String("Organization"));
}

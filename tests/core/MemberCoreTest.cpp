// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestSupport.h"
#include "core/forum/MemberComposition.h"
#include "core/forum/MemberRemoval.h"
#include "core/forum/NewForum.h"
#include "core/storage/Table.h"

#include <catch2/catch.hpp>

using namespace forumdesk;

TEST_CASE("The composition counts today's members by sector and gender and checks MR 1.1", "[core][members]")
{
    test::TempFolder folder;
    auto file = createForum(folder.file(QStringLiteral("f.ogpforum")), QStringLiteral("Foro"), QStringLiteral("es"));
    Table<Member> members(*file);

    MemberComposition empty = MemberComposition::compute(*file);
    CHECK(empty.total == 0);
    CHECK_FALSE(empty.meetsMinimumRequirement11());
    CHECK(empty.warning().contains(QLatin1String("no active government or civil-society")));

    Member ana = test::makeMember(QStringLiteral("Ana"), QStringLiteral("civil_society"));
    ana.gender = QStringLiteral("female");
    members.create(ana);
    Member old = test::makeMember(QStringLiteral("Former minister"), QStringLiteral("government"));
    old.termStart = QDate(2018, 1, 1);
    old.termEnd = QDate(2019, 1, 1);
    members.create(old);

    MemberComposition onlyCivil = MemberComposition::compute(*file);
    CHECK(onlyCivil.total == 1);
    CHECK(onlyCivil.allMembers == 2);
    CHECK(onlyCivil.missingSectors() == QStringList{QStringLiteral("government")});
    CHECK(onlyCivil.warning().contains(QLatin1String("no active government members")));
    CHECK(onlyCivil.byGender.value(QStringLiteral("female")) == 1);

    Member luis = test::makeMember(QStringLiteral("Luis"), QStringLiteral("government"));
    members.create(luis);
    MemberComposition both = MemberComposition::compute(*file);
    CHECK(both.meetsMinimumRequirement11());
    CHECK(both.warning().isEmpty());
    CHECK(both.bySector.value(QStringLiteral("government")) == 1);
    CHECK(both.genderNotGiven == 1);
}

TEST_CASE("Undoing a member's removal restores the member and who named them", "[core][members]")
{
    test::TempFolder folder;
    auto file = createForum(folder.file(QStringLiteral("f.ogpforum")), QStringLiteral("Foro"), QStringLiteral("es"));
    Table<Member> members(*file);
    Member titular = test::makeMember(QStringLiteral("Titular"));
    members.create(titular);
    Member alternate = test::makeMember(QStringLiteral("Suplente"));
    alternate.role = QStringLiteral("alternate");
    alternate.alternateFor = titular.id;
    members.create(alternate);

    CHECK(MemberRemoval::countReferences(*file, titular.id) == 1);
    const MemberRemoval removal = MemberRemoval::remove(*file, titular.id);
    CHECK(removal.referenceCount() == 1);
    CHECK_FALSE(members.find(titular.id));
    CHECK(members.get(alternate.id).alternateFor == 0);

    removal.restore(*file);
    const Member back = members.get(titular.id);
    CHECK(back.uid == titular.uid);
    CHECK(members.get(alternate.id).alternateFor == titular.id);
}

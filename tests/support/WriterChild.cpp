// SPDX-License-Identifier: GPL-3.0-or-later
// forumdesk-test-writer FILE [COUNT]: a second program writing to a forum, as a colleague's Forum
// Desk would: single-record edits, each committed at once, each reported on stdout ("committed N")
// only after its commit returned. Numbering continues from the edits already in the file, so a
// writer killed and started again goes on where the file says it stopped. COUNT 0: until killed.
#include "core/forum/Member.h"
#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"

#include <QCoreApplication>

#include <cstdio>

using namespace forumdesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    const long count = argc > 2 ? std::strtol(argv[2], nullptr, 10) : 0;
    try {
        auto file = ForumFile::open(QString::fromLocal8Bit(argv[1]));
        if (file->isReadOnly()) {
            std::fprintf(stderr, "read-only: %s\n", qPrintable(file->readOnlyMessage()));
            return 3;
        }
        long next = file->database()
                        .scalar(QStringLiteral("SELECT count(*) FROM member WHERE name LIKE 'Edit %'"))
                        .toLongLong() + 1;
        std::printf("ready %ld\n", next - 1);
        std::fflush(stdout);
        for (long done = 0; count == 0 || done < count; ++done, ++next) {
            Member member;
            member.name = QStringLiteral("Edit %1").arg(next);
            member.sector = QStringLiteral("other");
            Table<Member>(*file).create(member);
            std::printf("committed %ld\n", next);
            std::fflush(stdout);
        }
    } catch (const StorageError &e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 1;
    }
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SyncCopies.h"

#include "core/storage/FileEntry.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace forumdesk {

namespace {

struct Words {
    Q_DECLARE_TR_FUNCTIONS(SyncCopies)
};

// "NAME" and ".ogpforum" of a forum's path: a copy keeps both around its tool's marks.
std::pair<QString, QString> nameAndSuffix(const QString &forumPath)
{
    const QFileInfo info(forumPath);
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    return {info.fileName().chopped(suffix.size()), suffix};
}

} // namespace

QString SyncCopies::keptCopyWords()
{
    // Only characters a file name takes on every system, and no parenthesis (it closes the mark).
    QString words = Words::tr("kept copy", "a file's name: FORUM (kept copy DATE TIME)");
    static const QRegularExpression unfit(QStringLiteral("[()/\\\\:*?\"<>|]"));
    words.remove(unfit);
    return words.trimmed().isEmpty() ? QStringLiteral("kept copy") : words.trimmed();
}

std::optional<SyncCopy::Tool> SyncCopies::toolOf(const QString &forumPath, const QString &fileName)
{
    const auto [name, suffix] = nameAndSuffix(forumPath);
    if (!fileName.startsWith(name) || !fileName.endsWith(suffix) || fileName.size() <= name.size() + suffix.size())
        return std::nullopt;
    const QString mark = fileName.mid(name.size(), fileName.size() - name.size() - suffix.size());
    static const QRegularExpression syncthing(QStringLiteral("^\\.sync-conflict-\\d{8}-\\d{6}-[A-Z0-9]{7}$"));
    static const QRegularExpression nextcloud(QStringLiteral("^ \\(conflicted copy [^)]*\\)$"));
    static const QRegularExpression dropbox(QStringLiteral("^ \\([^)]*'s conflicted copy[^)]*\\)$"));
    // A copy a Forum Desk kept, named in whatever language it spoke then (a colleague's, on a
    // shared folder): words, then the date and time exactly as keptCopyPath writes them.
    static const QRegularExpression kept(QStringLiteral("^ \\(\\p{L}[\\p{L} ]* \\d{4}-\\d{2}-\\d{2} \\d{6}\\)$"));
    if (syncthing.match(mark).hasMatch())
        return SyncCopy::Tool::Syncthing;
    if (nextcloud.match(mark).hasMatch())
        return SyncCopy::Tool::Nextcloud;
    if (dropbox.match(mark).hasMatch())
        return SyncCopy::Tool::Dropbox;
    if (kept.match(mark).hasMatch())
        return SyncCopy::Tool::ForumDesk;
    return std::nullopt;
}

QList<SyncCopy> SyncCopies::beside(const QString &forumPath)
{
    const QFileInfo forum(forumPath);
    const auto [name, suffix] = nameAndSuffix(forumPath);
    QList<SyncCopy> copies;
    QDir folder = forum.absoluteDir();
    // Only names that start with the forum's: a folder of thousands of files is not read whole.
    folder.setNameFilters({QString(name).replace(QLatin1Char('['), QStringLiteral("[[]")) + QLatin1Char('*')});
    folder.setFilter(QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks);
    for (const QFileInfo &entry : folder.entryInfoList()) {
        // No link, as FileEntry tells one (on Windows also a junction; a ".lnk" shortcut is a file).
        if (entry.fileName() == forum.fileName() || !entry.isFile()
            || FileEntry::atPath(entry.absoluteFilePath()).kind == FileEntry::Kind::SymbolicLink)
            continue;
        if (const auto tool = toolOf(forumPath, entry.fileName()))
            copies << SyncCopy{entry.absoluteFilePath(), *tool, entry.lastModified()};
    }
    std::sort(copies.begin(), copies.end(), [](const SyncCopy &a, const SyncCopy &b) {
        return a.modified != b.modified ? a.modified < b.modified : a.path < b.path;
    });
    return copies;
}

QString SyncCopies::asideFolder(const QString &forumPath)
{
    const QFileInfo forum(forumPath);
    // In the language Forum Desk speaks: the folder is for the person who opens it.
    return forum.absoluteDir().filePath(
        QStringLiteral("%1 (%2)").arg(nameAndSuffix(forumPath).first,
                                      Words::tr("merged copies", "a folder's name: FORUM (merged copies)")));
}

QString SyncCopies::moveAside(const QString &forumPath, const QString &copyPath)
{
    const QString folder = asideFolder(forumPath);
    // A link or a junction in its place would send the copy elsewhere.
    const FileEntry existing = FileEntry::atPath(folder);
    if (existing.exists() && existing.kind != FileEntry::Kind::Folder)
        throw StorageError(StorageError::Kind::Io,
                           Words::tr("“%1” is in the way of the folder for merged copies").arg(QDir::toNativeSeparators(folder)));
    if (!QDir().mkpath(folder))
        throw StorageError(StorageError::Kind::Io,
                           Words::tr("The folder “%1” cannot be made").arg(QDir::toNativeSeparators(folder)));
    const QFileInfo copy(copyPath);
    QString target = QDir(folder).filePath(copy.fileName());
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(folder).filePath(QStringLiteral("%1 %2.%3").arg(copy.completeBaseName()).arg(n).arg(copy.suffix()));
    if (!QFile::rename(copyPath, target))
        throw StorageError(StorageError::Kind::Io, Words::tr("“%1” cannot be moved into “%2”")
                                                       .arg(copy.fileName(), QDir::toNativeSeparators(folder)));
    return target;
}

bool SyncCopies::sameBytes(const QString &a, const QString &b)
{
    QFile first(a);
    QFile second(b);
    if (first.size() != second.size() || !first.open(QIODevice::ReadOnly) || !second.open(QIODevice::ReadOnly))
        return false;
    constexpr qint64 kChunk = 1 << 20;
    while (!first.atEnd()) {
        const QByteArray x = first.read(kChunk);
        const QByteArray y = second.read(kChunk);
        if (x != y || x.isEmpty())
            return false;
    }
    return second.atEnd();
}

QString SyncCopies::keptCopyPath(const QString &forumPath, const QDateTime &when)
{
    const QFileInfo forum(forumPath);
    const auto [name, suffix] = nameAndSuffix(forumPath);
    QString path = forum.absoluteDir().filePath(
        QStringLiteral("%1 (%2 %3)%4").arg(name, keptCopyWords(), when.toString(QStringLiteral("yyyy-MM-dd HHmmss")), suffix));
    return path;
}

} // namespace forumdesk

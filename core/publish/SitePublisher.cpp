// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/publish/SitePublisher.h"

#include "core/forum/VocabularyKeys.h"
#include "core/meetings/Meeting.h"
#include "core/meetings/MeetingLifecycle.h"
#include "core/storage/Database.h"
#include "core/storage/FileEntry.h"
#include "core/storage/ForumFile.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace forumdesk {

namespace {

struct Entry {
    QString sha;
    QString source;
    bool operator==(const Entry &) const = default;
};

QString sha(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// A path the site may use: plain names of letters, digits, '-', '_' and '.', in folders, never
// ".." or absolute.
bool plainPath(const QString &path)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$"));
    return plain.match(path).hasMatch() && !path.contains(QStringLiteral(".."));
}

// Whether `path` is a link, seen as FileEntry sees one: on Windows a symbolic link or a junction
// (which QFileInfo::isSymLink misses), and not a ".lnk" shortcut (which it takes).
bool isLink(const QString &path)
{
    return FileEntry::atPath(path).kind == FileEntry::Kind::SymbolicLink;
}

// Whether any step from the folder down to `path` (the folder itself excepted) is a link.
bool throughLink(const QDir &root, const QString &path)
{
    QString step;
    for (const QString &part : path.split(QLatin1Char('/'))) {
        step = step.isEmpty() ? part : step + QLatin1Char('/') + part;
        if (isLink(root.filePath(step)))
            return true;
    }
    return false;
}

QByteArray readFile(const QString &path, bool *ok)
{
    QFile f(path);
    *ok = f.open(QIODevice::ReadOnly);
    return *ok ? f.readAll() : QByteArray();
}

std::map<QString, Entry> readManifest(const QDir &root)
{
    std::map<QString, Entry> entries;
    const QString path = root.filePath(QString::fromLatin1(SitePublisher::kManifest));
    if (!QFileInfo::exists(path))
        return entries;
    bool ok = false;
    const QByteArray bytes = readFile(path, &ok);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (!ok || error.error != QJsonParseError::NoError || !document.isObject())
        throw StorageError(StorageError::Kind::Validation,
                           SitePublisher::tr("%1 is damaged, so Forum Desk cannot tell its own files from others in %2. "
                                             "Remove the site's files and %1, or publish into an empty folder.")
                               .arg(QString::fromLatin1(SitePublisher::kManifest), shown(root.path())));
    const QJsonObject files = document.object().value(QStringLiteral("files")).toObject();
    for (auto it = files.begin(); it != files.end(); ++it) {
        if (!plainPath(it.key()))
            continue; // never act on a path the site could not have written
        const QJsonObject e = it.value().toObject();
        entries[it.key()] = Entry{e.value(QStringLiteral("sha256")).toString(), e.value(QStringLiteral("source")).toString()};
    }
    return entries;
}

void writeManifest(const QDir &root, const std::map<QString, Entry> &entries)
{
    QJsonObject files;
    for (const auto &[path, entry] : entries) {
        QJsonObject e{{QStringLiteral("sha256"), entry.sha}};
        if (!entry.source.isEmpty())
            e.insert(QStringLiteral("source"), entry.source);
        files.insert(path, e);
    }
    const QJsonObject manifest{{QStringLiteral("generator"), QStringLiteral("Forum Desk")},
                               {QStringLiteral("note"), QStringLiteral("The files Forum Desk published here; it replaces or removes no other file.")},
                               {QStringLiteral("files"), files}};
    QSaveFile f(root.filePath(QString::fromLatin1(SitePublisher::kManifest)));
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(manifest).toJson(QJsonDocument::Indented)) < 0 || !f.commit())
        throw StorageError(StorageError::Kind::Io, SitePublisher::tr("Cannot write %1: %2").arg(shown(f.fileName()), f.errorString()));
}

void writeFile(const QDir &root, const QString &path, const QByteArray &bytes)
{
    const QString target = root.filePath(path);
    if (!QDir().mkpath(QFileInfo(target).path()))
        throw StorageError(StorageError::Kind::Io, SitePublisher::tr("Cannot make the folder %1").arg(shown(QFileInfo(target).path())));
    QSaveFile f(target);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        throw StorageError(StorageError::Kind::Io, SitePublisher::tr("Cannot write %1: %2").arg(shown(target), f.errorString()));
}

} // namespace

PublishResult SitePublisher::publish(const Website &site, const QString &folder, const std::function<bool(int, int)> &progress)
{
    const QFileInfo folderInfo(folder);
    if (folderInfo.exists() && !folderInfo.isDir())
        throw StorageError(StorageError::Kind::Validation, tr("%1 is a file, not a folder").arg(shown(folder)));
    if (!QDir().mkpath(folder))
        throw StorageError(StorageError::Kind::Io, tr("Cannot make the folder %1").arg(shown(folder)));
    const QDir root(QFileInfo(folder).absoluteFilePath());
    const QString manifestPath = root.filePath(QString::fromLatin1(kManifest));
    if (isLink(manifestPath))
        throw StorageError(StorageError::Kind::Validation,
                           tr("%1 is a link; Forum Desk writes only inside %2").arg(shown(manifestPath), shown(root.path())));
    const std::map<QString, Entry> before = readManifest(root);

    // Everything is checked before anything is written. A file of the site is ours only while it
    // is as we wrote it: one changed since (or listed by a manifest that is not ours) is someone's.
    QStringList foreign;
    QSet<QString> paths;
    QHash<QString, QString> onDisk; // the SHA-256 of each file of the site already there
    for (const SiteFile &file : site.files) {
        if (!plainPath(file.path) || file.path == QLatin1String(kManifest))
            throw StorageError(StorageError::Kind::Validation, tr("The website has a file name Forum Desk does not write: “%1”").arg(file.path));
        if (paths.contains(file.path))
            throw StorageError(StorageError::Kind::Validation, tr("The website has the file “%1” twice").arg(file.path));
        paths.insert(file.path);
        if (throughLink(root, file.path))
            throw StorageError(StorageError::Kind::Validation,
                               tr("%1 is reached through a link; Forum Desk writes only inside %2").arg(shown(root.filePath(file.path)), shown(root.path())));
        // A file where one of its folders should be.
        for (QString step = QFileInfo(file.path).path(); step != QLatin1String("."); step = QFileInfo(step).path()) {
            const QFileInfo parent(root.filePath(step));
            if (parent.exists() && !parent.isDir())
                throw StorageError(StorageError::Kind::AlreadyExists,
                                   tr("%1 is a file where the website needs a folder. Move it away or publish into another folder.")
                                       .arg(shown(parent.filePath())));
        }
        const QFileInfo target(root.filePath(file.path));
        if (!target.exists())
            continue;
        const auto known = before.find(file.path);
        bool ok = false;
        const QString current = target.isFile() ? sha(readFile(target.filePath(), &ok)) : QString();
        if (!ok || known == before.end() || current != known->second.sha)
            foreign << file.path;
        onDisk.insert(file.path, current); // ours, as written: read once, here
    }
    if (!foreign.isEmpty())
        throw StorageError(StorageError::Kind::AlreadyExists,
                           tr("%1 already holds %2, which Forum Desk did not publish there or which was changed since. Move it away or publish into another folder.")
                               .arg(shown(root.path()), shown(foreign.mid(0, 3).join(QStringLiteral(", ")) + (foreign.size() > 3 ? QStringLiteral("…") : QString()))));

    PublishResult result;
    std::map<QString, Entry> after = before; // what the folder holds of ours as we go
    const auto saveManifest = [&]() {
        if (isLink(manifestPath))
            throw StorageError(StorageError::Kind::Validation,
                               tr("%1 is a link; Forum Desk writes only inside %2").arg(shown(manifestPath), shown(root.path())));
        if (after != before || !QFileInfo::exists(manifestPath))
            writeManifest(root, after);
    };
    const int total = int(site.files.size());
    int done = 0;
    try {
        for (const SiteFile &file : site.files) {
            if (progress && !progress(done, total)) {
                result.cancelled = true;
                saveManifest();
                return result;
            }
            ++done;
            const QString target = root.filePath(file.path);
            // On disk, a file of the site is as it was written (checked above).
            const QString currentSha = onDisk.value(file.path);
            const QString source = QString::fromLatin1(file.sourceKey);
            const auto known = before.find(file.path);
            if (file.make && !currentSha.isEmpty() && known != before.end() && !source.isEmpty()
                && known->second.source == source) {
                ++result.unchanged; // made from the same records, and nobody touched it since
                continue;
            }
            const QByteArray bytes = file.make ? file.make() : file.bytes;
            const QString bytesSha = sha(bytes);
            if (bytesSha == currentSha) {
                ++result.unchanged;
            } else {
                if (throughLink(root, file.path)) // a link made meanwhile
                    throw StorageError(StorageError::Kind::Validation,
                                       tr("%1 is reached through a link; Forum Desk writes only inside %2").arg(shown(target), shown(root.path())));
                writeFile(root, file.path, bytes);
                ++result.written;
            }
            after[file.path] = Entry{bytesSha, source};
        }
    } catch (...) {
        // What was written is ours: the next publication must know it.
        saveManifest();
        throw;
    }
    // What an earlier publication wrote and this one no longer has: removed when it is still as
    // it was written; a file changed since is someone's now, and stays.
    QSet<QString> keptFolders;
    for (const QString &path : std::as_const(paths))
        for (QString step = QFileInfo(path).path(); step != QLatin1String("."); step = QFileInfo(step).path())
            keptFolders.insert(step);
    for (const auto &[path, entry] : before) {
        if (paths.contains(path))
            continue;
        after.erase(path);
        const QString target = root.filePath(path);
        const QFileInfo info(target);
        if (throughLink(root, path) || !info.exists() || !info.isFile())
            continue;
        bool ok = false;
        if (sha(readFile(target, &ok)) != entry.sha || !ok)
            continue;
        if (!QFile::remove(target))
            continue;
        ++result.removed;
        // The folders it was in, once empty: only those that held nothing but the site's files.
        for (QString step = QFileInfo(path).path(); step != QLatin1String(".") && !keptFolders.contains(step); step = QFileInfo(step).path()) {
            if (!QDir(root.filePath(step)).isEmpty() || !root.rmdir(step))
                break;
        }
    }
    saveManifest();
    if (progress)
        progress(total, total);
    return result;
}

std::optional<Meeting> SitePublisher::withPublicationRecorded(ForumFile &file, const Meeting &meeting, const QDate &day)
{
    if (meeting.publishedOn.isValid())
        return std::nullopt;
    if (meeting.status == key::MeetingStatus::MinutesApproved)
        return MeetingLifecycle::moved(file, meeting, QString(key::MeetingStatus::Published), 0, day);
    if (meeting.status != key::MeetingStatus::Published)
        return std::nullopt;
    Meeting after = meeting;
    after.publishedOn = day;
    return after;
}

QList<qint64> SitePublisher::unrecordedMinutes(ForumFile &file)
{
    QList<qint64> ids;
    Statement st = file.database().query(QStringLiteral(
        "SELECT id FROM meeting WHERE status IN ('minutes_approved', 'published') AND published_on IS NULL ORDER BY starts_at, id"));
    while (st.next())
        ids << st.int64(0);
    return ids;
}

QList<Meeting> SitePublisher::recordMinutesPublished(ForumFile &file, const QList<qint64> &meetingIds, const QDate &day)
{
    QList<Meeting> before;
    if (meetingIds.isEmpty())
        return before;
    Transaction transaction(file.database());
    Table<Meeting> meetings(file);
    for (const qint64 id : meetingIds) {
        const auto meeting = meetings.find(id);
        auto after = meeting ? withPublicationRecorded(file, *meeting, day) : std::nullopt;
        if (!after)
            continue;
        meetings.update(*after);
        before << *meeting;
    }
    transaction.commit();
    return before;
}

void SitePublisher::restore(ForumFile &file, const QList<Meeting> &meetings)
{
    if (meetings.isEmpty())
        return;
    Transaction transaction(file.database());
    Table<Meeting> table(file);
    for (Meeting meeting : meetings)
        table.update(meeting);
    transaction.commit();
}

} // namespace forumdesk

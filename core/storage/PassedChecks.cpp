// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PassedChecks.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QtEndian>

#include <filesystem>

namespace forumdesk {

namespace {

// Raised whenever the full check changes, so that files passed by an earlier check are checked
// again by the new one.
constexpr int kCheckVersion = 2;
constexpr int kMostRecords = 500;

QString recordPath(const QString &path)
{
#ifdef Q_OS_WIN
    // QFile::encodeName is the ANSI code page there, which turns every name outside it into '?':
    // two such forums would share one record. (ASCII names keep the record they had.)
    const QByteArray name = path.toUtf8();
#else
    const QByteArray name = QFile::encodeName(path);
#endif
    const QByteArray key = QCryptographicHash::hash(name, QCryptographicHash::Sha1).toHex();
    return QDir(PassedChecks::folder()).filePath(QString::fromLatin1(key) + QStringLiteral(".json"));
}

QJsonObject toJson(const FileFingerprint &f)
{
    return QJsonObject{
        {QStringLiteral("check_version"), kCheckVersion},
        {QStringLiteral("path"), f.path},
        {QStringLiteral("device"), QString::number(f.entry.device)},
        {QStringLiteral("inode"), QString::number(f.entry.inode)},
        {QStringLiteral("size"), QString::number(f.entry.size)},
        {QStringLiteral("modified_ns"), QString::number(f.entry.modifiedNs)},
        {QStringLiteral("changed_ns"), QString::number(f.entry.changedNs)},
        {QStringLiteral("change_counter"), QString::number(f.changeCounter)},
        {QStringLiteral("schema_cookie"), QString::number(f.schemaCookie)},
        {QStringLiteral("format_version"), f.formatVersion},
        {QStringLiteral("first_page_sha256"), QString::fromLatin1(f.firstPageHash.toHex())},
        {QStringLiteral("checked_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    };
}

// A path for std::filesystem: on Windows by its UTF-16 name (QFile::encodeName's bytes would go
// through the ANSI code page), elsewhere as the bytes open() is given.
std::filesystem::path fileSystemPath(const QString &path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

// Keeps the folder small: the oldest records go first.
void prune(const QDir &dir)
{
    const QFileInfoList records = dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Time);
    for (qsizetype i = kMostRecords; i < records.size(); ++i)
        QFile::remove(records.at(i).absoluteFilePath());
}

} // namespace

bool FileFingerprint::operator==(const FileFingerprint &o) const
{
    return path == o.path && entry.kind == o.entry.kind && entry.device == o.entry.device
        && entry.inode == o.entry.inode && entry.size == o.entry.size && entry.modifiedNs == o.entry.modifiedNs
        && entry.changedNs == o.entry.changedNs && changeCounter == o.changeCounter
        && schemaCookie == o.schemaCookie && formatVersion == o.formatVersion && firstPageHash == o.firstPageHash;
}

FileFingerprint FileFingerprint::of(const Database &db, const QString &path)
{
    FileFingerprint f;
    f.path = path;
    f.entry = FileEntry::following(path);
    const QByteArray header = db.readFileBytes(0, 100);
    if (header.size() < 100)
        return f;
    const uchar *h = reinterpret_cast<const uchar *>(header.constData());
    const quint32 pageSize = qFromBigEndian<quint16>(h + 16) == 1 ? 65536u : qFromBigEndian<quint16>(h + 16);
    f.changeCounter = qFromBigEndian<quint32>(h + 24);
    f.schemaCookie = qFromBigEndian<quint32>(h + 40);
    f.formatVersion = int(qFromBigEndian<quint32>(h + 60));
    f.firstPageHash = QCryptographicHash::hash(db.readFileBytes(0, pageSize), QCryptographicHash::Sha256);
    return f;
}

QString PassedChecks::folder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("ForumDesk/checked-files"));
}

bool PassedChecks::contains(const FileFingerprint &fingerprint)
{
    if (fingerprint.firstPageHash.isEmpty())
        return false;
    QFile file(recordPath(fingerprint.path));
    if (!file.open(QIODevice::ReadOnly) || file.size() > 4096)
        return false;
    const QJsonObject stored = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject expected = toJson(fingerprint);
    expected.remove(QStringLiteral("checked_at"));
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it)
        if (stored.value(it.key()) != it.value())
            return false;
    return true;
}

void PassedChecks::remember(const FileFingerprint &fingerprint)
{
    if (fingerprint.firstPageHash.isEmpty())
        return;
    const QString path = recordPath(fingerprint.path);
    QDir dir(QFileInfo(path).absolutePath());
    if (!dir.exists() && !dir.mkpath(QStringLiteral(".")))
        return;
    // Written beside and renamed, so a reader never sees half a record; not synced, as a lost
    // record only costs a full check.
    const QString partial = path + QStringLiteral(".part-%1").arg(QCoreApplication::applicationPid());
    QFile file(partial);
    const QByteArray json = QJsonDocument(toJson(fingerprint)).toJson(QJsonDocument::Compact);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size()) {
        file.remove();
        return;
    }
    file.close();
    std::error_code error;
    // Replaces an earlier record at once (std::filesystem::rename is rename() on POSIX systems and
    // MoveFileExW with MOVEFILE_REPLACE_EXISTING on Windows).
    std::filesystem::rename(fileSystemPath(partial), fileSystemPath(path), error);
    if (error)
        QFile::remove(partial);
    else if (dir.count() > uint(kMostRecords) + 2)
        prune(dir);
}

void PassedChecks::forget(const QString &path)
{
    QFile::remove(recordPath(path));
}

} // namespace forumdesk

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PartialFile.h"

#include "core/storage/FileEntry.h"
#include "core/storage/StorageError.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QUuid>

#include <chrono>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#else
#include <filesystem>
#endif
#ifdef Q_OS_UNIX
#include <cerrno>
#include <unistd.h>
#endif

namespace forumdesk {

namespace {

constexpr auto kWriterSuffix = ".writer";
// A part older than this whose writer cannot be asked (written on another computer, or by a
// Forum Desk from before parts had writers) is taken as abandoned: writing one takes seconds.
constexpr std::chrono::hours kAbandonedAfter{1};

const QRegularExpression &partName()
{
    static const QRegularExpression re(QStringLiteral("^.+\\.part-[0-9a-f]{8}$"));
    return re;
}

void removePart(const QString &part)
{
    QFile::remove(part);
    QFile::remove(part + QStringLiteral("-journal"));
    QFile::remove(part + QStringLiteral(".lock")); // the lock of a forum being created there
}

#ifdef Q_OS_WIN
// A path as MoveFileExW takes it: absolute, with backslashes, and past MAX_PATH in the extended
// form ("\\?\C:\…", "\\?\UNC\server\share\…") as Qt's own file calls do, since the plain form
// cannot name a longer path. The extended form is taken as it is: the path is cleaned first.
QString windowsApiPath(const QString &path)
{
    const QString native = QDir::toNativeSeparators(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    if (native.size() < MAX_PATH || native.startsWith(QLatin1String("\\\\?\\")))
        return native;
    if (native.startsWith(QLatin1String("\\\\")))
        return QLatin1String("\\\\?\\UNC\\") + native.mid(2);
    return QLatin1String("\\\\?\\") + native;
}

// The system's own words for a Windows error code, in the user's language, shaped like
// strerror()'s ("Access is denied", no full stop) as they end up inside a sentence.
QString windowsErrorText(DWORD code)
{
    wchar_t *text = nullptr;
    const DWORD length = ::FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM
                                              | FORMAT_MESSAGE_IGNORE_INSERTS,
                                          nullptr, code, 0, reinterpret_cast<wchar_t *>(&text), 0, nullptr);
    QString message = length > 0 ? QString::fromWCharArray(text, int(length)).trimmed() : QString();
    ::LocalFree(text);
    if (message.endsWith(QLatin1Char('.')))
        message.chop(1);
    return message.isEmpty() ? qt_error_string(int(code)) : message;
}
#else
// On POSIX systems the path is the bytes open() is given: QFile::encodeName's.
std::filesystem::path native(const QString &path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}
#endif

} // namespace

PartialFile::PartialFile(const QString &target) : m_target(QFileInfo(target).absoluteFilePath())
{
    const QString folder = QFileInfo(m_target).absolutePath();
    if (!QFileInfo(folder).isDir())
        throw StorageError(StorageError::Kind::Io,
                           tr("The folder %1 does not exist").arg(QDir::toNativeSeparators(folder)));
    if (!QFileInfo(folder).isWritable())
        throw StorageError(StorageError::Kind::Io,
                           tr("The folder %1 is read-only").arg(QDir::toNativeSeparators(folder)));
    removeStale(folder);
    m_path = m_target + QStringLiteral(".part-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    m_writer = std::make_unique<QLockFile>(m_path + QLatin1String(kWriterSuffix));
    m_writer->setStaleLockTime(kAbandonedAfter);
    if (!m_writer->tryLock(0))
        throw StorageError(StorageError::Kind::Io,
                           tr("Cannot write in the folder %1").arg(QDir::toNativeSeparators(folder)));
}

PartialFile::~PartialFile()
{
    if (!m_committed)
        removePart(m_path);
    if (m_writer)
        m_writer->unlock();
}

void PartialFile::commit(Target mode)
{
    const auto cannotWrite = [this](const QString &reason) {
        return StorageError(StorageError::Kind::Io,
                            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_target), reason));
    };
    if (!syncFile(m_path))
        throw cannotWrite(tr("its data could not be written to the disk"));
    const QString folder = QFileInfo(m_target).absolutePath();
    if (mode == Target::MustNotExist) {
        if (FileEntry::atPath(m_target).exists())
            throw StorageError(StorageError::Kind::AlreadyExists,
                               tr("%1 already exists").arg(QDir::toNativeSeparators(m_target)));
#ifdef Q_OS_UNIX
        // A hard link never replaces a file that appeared meanwhile; folders on shares that have
        // no hard links fall back to a rename.
        if (::link(QFile::encodeName(m_path).constData(), QFile::encodeName(m_target).constData()) == 0) {
            QFile::remove(m_path);
            m_committed = true;
            syncFolder(folder);
            return;
        }
        if (errno == EEXIST)
            throw StorageError(StorageError::Kind::AlreadyExists,
                               tr("%1 already exists").arg(QDir::toNativeSeparators(m_target)));
#endif
    }
#ifdef Q_OS_WIN
    // MoveFileExW, by the UTF-16 names (std::filesystem from QFile::encodeName's bytes would go
    // through the ANSI code page and lose every name outside it). Without MOVEFILE_REPLACE_EXISTING
    // it fails when the target exists, even one that appeared since the check above: what the hard
    // link does on Unix. MOVEFILE_WRITE_THROUGH returns only once the move is on the disk; Windows
    // gives a program no way to sync a folder, so syncFolder does nothing there.
    const QString from = windowsApiPath(m_path);
    const QString to = windowsApiPath(m_target);
    DWORD flags = MOVEFILE_WRITE_THROUGH;
    if (mode == Target::Replace)
        flags |= MOVEFILE_REPLACE_EXISTING;
    if (!::MoveFileExW(reinterpret_cast<const wchar_t *>(from.utf16()), reinterpret_cast<const wchar_t *>(to.utf16()),
                       flags)) {
        const DWORD code = ::GetLastError();
        if (mode == Target::MustNotExist && (code == ERROR_ALREADY_EXISTS || code == ERROR_FILE_EXISTS))
            throw StorageError(StorageError::Kind::AlreadyExists,
                               tr("%1 already exists").arg(QDir::toNativeSeparators(m_target)));
        throw cannotWrite(windowsErrorText(code));
    }
#else
    std::error_code error;
    std::filesystem::rename(native(m_path), native(m_target), error);
    if (error)
        throw cannotWrite(QString::fromStdString(error.message()));
#endif
    m_committed = true;
    if (!syncFolder(folder))
        throw cannotWrite(tr("the folder could not be written to the disk"));
}

int PartialFile::removeStale(const QString &folder)
{
    int removed = 0;
    const QDir dir(folder);
    const QFileInfoList candidates = dir.entryInfoList({QStringLiteral("*.part-*")}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo &info : candidates) {
        if (!partName().match(info.fileName()).hasMatch())
            continue;
        const QString part = info.absoluteFilePath();
        const QString writerPath = part + QLatin1String(kWriterSuffix);
        if (QFileInfo::exists(writerPath)) {
            QLockFile writer(writerPath);
            writer.setStaleLockTime(kAbandonedAfter);
            if (!writer.tryLock(0))
                continue; // its writer is still at work
            removePart(part);
            writer.unlock();
        } else {
            const auto age = std::chrono::milliseconds(info.lastModified().msecsTo(QDateTime::currentDateTime()));
            if (age < kAbandonedAfter)
                continue;
            removePart(part);
        }
        ++removed;
    }
    // Writer locks whose part is already gone.
    const QFileInfoList writers = dir.entryInfoList({QStringLiteral("*.part-*") + QLatin1String(kWriterSuffix)}, QDir::Files | QDir::Hidden);
    for (const QFileInfo &info : writers) {
        const QString part = info.absoluteFilePath().chopped(int(qstrlen(kWriterSuffix)));
        if (QFileInfo::exists(part))
            continue;
        QLockFile writer(info.absoluteFilePath());
        writer.setStaleLockTime(kAbandonedAfter);
        if (writer.tryLock(0))
            writer.unlock();
    }
    if (removed > 0)
        syncFolder(folder);
    return removed;
}

} // namespace forumdesk

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/FileEntry.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <io.h>
#include <windows.h>
#endif

namespace forumdesk {

namespace {

#ifdef Q_OS_UNIX
FileEntry fromStat(int result, const struct stat &st)
{
    FileEntry entry;
    if (result != 0)
        return entry;
    if (S_ISREG(st.st_mode))
        entry.kind = FileEntry::Kind::Regular;
    else if (S_ISDIR(st.st_mode))
        entry.kind = FileEntry::Kind::Folder;
    else if (S_ISLNK(st.st_mode))
        entry.kind = FileEntry::Kind::SymbolicLink;
    else if (S_ISFIFO(st.st_mode))
        entry.kind = FileEntry::Kind::NamedPipe;
    else if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        entry.kind = FileEntry::Kind::Device;
    else if (S_ISSOCK(st.st_mode))
        entry.kind = FileEntry::Kind::Socket;
    else
        entry.kind = FileEntry::Kind::Other;
    entry.device = quint64(st.st_dev);
    entry.inode = quint64(st.st_ino);
    entry.size = qint64(st.st_size);
#if defined(Q_OS_DARWIN)
    entry.modifiedNs = qint64(st.st_mtimespec.tv_sec) * 1000000000 + st.st_mtimespec.tv_nsec;
    entry.changedNs = qint64(st.st_ctimespec.tv_sec) * 1000000000 + st.st_ctimespec.tv_nsec;
#else
    entry.modifiedNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    entry.changedNs = qint64(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec;
#endif
    return entry;
}
#else
FileEntry fromInfo(const QFileInfo &info, bool followLinks)
{
    FileEntry entry;
    // A link is an NTFS symbolic link or a junction (a folder's link that needs no privilege to
    // make, so the one a hostile neighbour would use). Not isSymLink(): on Windows it also takes a
    // ".lnk" shortcut, which only Explorer follows, never a file open. (Qt 6.4's QFileInfo still
    // answers exists(), isFile() and size() for a shortcut's target, so a ".lnk" is classed by its
    // target here; opening it reads the shortcut's own bytes, which no check takes for a forum.)
    if (!followLinks && (info.isSymbolicLink() || info.isJunction()))
        entry.kind = FileEntry::Kind::SymbolicLink;
    else if (!info.exists())
        return entry;
    else if (info.isDir())
        entry.kind = FileEntry::Kind::Folder;
    else if (info.isFile())
        entry.kind = FileEntry::Kind::Regular;
    else
        entry.kind = FileEntry::Kind::Other;
    entry.size = info.size();
    entry.modifiedNs = info.lastModified().toMSecsSinceEpoch() * 1000000;
    entry.changedNs = info.metadataChangeTime().toMSecsSinceEpoch() * 1000000;
    return entry;
}
#endif

} // namespace

bool FileEntry::sameFileAs(const FileEntry &other) const
{
    if (kind != other.kind)
        return false;
    if (inode != 0 || other.inode != 0)
        return device == other.device && inode == other.inode;
    return size == other.size && modifiedNs == other.modifiedNs && changedNs == other.changedNs;
}

FileEntry FileEntry::atPath(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st {};
    const int result = ::lstat(QFile::encodeName(path).constData(), &st);
    return fromStat(result, st);
#else
    QFileInfo info(path);
    info.setCaching(false);
    return fromInfo(info, false);
#endif
}

FileEntry FileEntry::following(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st {};
    const int result = ::stat(QFile::encodeName(path).constData(), &st);
    return fromStat(result, st);
#else
    QFileInfo info(path);
    info.setCaching(false);
    return fromInfo(info, true);
#endif
}

QString FileEntry::describe(Kind kind)
{
    switch (kind) {
    case Kind::Missing: return tr("missing");
    case Kind::Regular: return tr("a file");
    case Kind::Folder: return tr("a folder");
    case Kind::SymbolicLink: return tr("a symbolic link");
    case Kind::NamedPipe: return tr("a named pipe");
    case Kind::Device: return tr("a device");
    case Kind::Socket: return tr("a socket");
    case Kind::Other: return tr("not a regular file");
    }
    return QString();
}

namespace {

// An open handle on a regular file only (POSIX: non-blocking, no links followed, then checked).
class RegularFileHandle {
public:
    explicit RegularFileHandle(const QString &path, QString *error, bool followLinks = false)
    {
#ifdef Q_OS_UNIX
        m_fd = ::open(QFile::encodeName(path).constData(),
                      O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followLinks ? 0 : O_NOFOLLOW));
        if (m_fd < 0) {
            const FileEntry entry = followLinks ? FileEntry::following(path) : FileEntry::atPath(path);
            *error = entry.exists() && !entry.isRegular() ? FileEntry::describe(entry.kind)
                                                            : QString::fromLocal8Bit(::strerror(errno));
            return;
        }
        struct stat st {};
        if (::fstat(m_fd, &st) != 0 || !S_ISREG(st.st_mode)) {
            *error = FileEntry::describe(fromStat(0, st).kind);
            ::close(m_fd);
            m_fd = -1;
            return;
        }
        m_size = qint64(st.st_size);
        const int flags = ::fcntl(m_fd, F_GETFL);
        ::fcntl(m_fd, F_SETFL, flags & ~O_NONBLOCK);
#else
        // Windows has no O_NOFOLLOW nor non-blocking open: the entry is looked at first, and a link
        // or a junction (unless links are followed), a folder or anything but a regular file is
        // refused as on POSIX. A link put in its place between the look and the open goes unseen.
        const FileEntry entry = followLinks ? FileEntry::following(path) : FileEntry::atPath(path);
        if (entry.exists() && !entry.isRegular()) {
            *error = FileEntry::describe(entry.kind);
            return;
        }
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::ReadOnly)) {
            *error = m_file.errorString();
            return;
        }
        m_size = m_file.size();
#endif
        m_open = true;
    }
    ~RegularFileHandle()
    {
#ifdef Q_OS_UNIX
        if (m_fd >= 0)
            ::close(m_fd);
#endif
    }
    bool isOpen() const { return m_open; }
    qint64 size() const { return m_size; }
    bool seek(qint64 offset)
    {
#ifdef Q_OS_UNIX
        return ::lseek(m_fd, off_t(offset), SEEK_SET) == off_t(offset);
#else
        return m_file.seek(offset);
#endif
    }
    qint64 read(char *buffer, qint64 length)
    {
#ifdef Q_OS_UNIX
        for (;;) {
            const ssize_t n = ::read(m_fd, buffer, size_t(length));
            if (n < 0 && errno == EINTR)
                continue;
            return qint64(n);
        }
#else
        return m_file.read(buffer, length);
#endif
    }

private:
    bool m_open = false;
    qint64 m_size = 0;
#ifdef Q_OS_UNIX
    int m_fd = -1;
#else
    QFile m_file;
#endif
};

} // namespace

QByteArray readRegularFile(const QString &path, qint64 maxBytes, QString *error, bool followLinks)
{
    QString reason;
    RegularFileHandle handle(path, &reason, followLinks);
    if (!handle.isOpen()) {
        if (error)
            *error = reason;
        return {};
    }
    if (handle.size() > maxBytes) {
        if (error)
            *error = FileEntry::tr("it is larger than %1 MB").arg(maxBytes / (1024 * 1024));
        return {};
    }
    QByteArray bytes;
    bytes.reserve(int(handle.size()));
    char buffer[65536];
    for (;;) {
        const qint64 n = handle.read(buffer, sizeof buffer);
        if (n < 0) {
            if (error)
                *error = FileEntry::tr("it cannot be read");
            return {};
        }
        if (n == 0)
            break;
        if (bytes.size() + n > maxBytes) {
            if (error)
                *error = FileEntry::tr("it is larger than %1 MB").arg(maxBytes / (1024 * 1024));
            return {};
        }
        bytes.append(buffer, n);
    }
    if (error)
        error->clear();
    return bytes;
}

namespace {

// Up to `length` bytes of a regular file from its start, or from its end (the whole file when
// shorter); empty when it is not one.
QByteArray readRegularFilePart(const QString &path, qint64 length, bool fromEnd)
{
    QString reason;
    RegularFileHandle handle(path, &reason);
    if (!handle.isOpen() || length <= 0)
        return {};
    const qint64 wanted = std::min(length, handle.size());
    if (fromEnd && !handle.seek(handle.size() - wanted))
        return {};
    QByteArray bytes(int(wanted), Qt::Uninitialized);
    qint64 filled = 0;
    while (filled < bytes.size()) {
        const qint64 n = handle.read(bytes.data() + filled, bytes.size() - filled);
        if (n <= 0)
            break;
        filled += n;
    }
    bytes.truncate(int(filled));
    return bytes;
}

} // namespace

QByteArray readRegularFileStart(const QString &path, qint64 length)
{
    return readRegularFilePart(path, length, false);
}

QByteArray readRegularFileEnd(const QString &path, qint64 length)
{
    return readRegularFilePart(path, length, true);
}

bool copyRegularFile(const QString &from, const QString &to, QString *error)
{
    QString reason;
    RegularFileHandle handle(from, &reason);
    if (!handle.isOpen()) {
        if (error)
            *error = reason;
        return false;
    }
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = out.errorString();
        return false;
    }
    char buffer[65536];
    for (;;) {
        const qint64 n = handle.read(buffer, sizeof buffer);
        if (n < 0 || (n > 0 && out.write(buffer, n) != n)) {
            if (error)
                *error = n < 0 ? FileEntry::tr("it cannot be read") : out.errorString();
            return false;
        }
        if (n == 0)
            break;
    }
    out.close();
    return syncFile(to);
}

bool syncFile(const QString &path)
{
#if defined(Q_OS_UNIX)
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
#elif defined(Q_OS_WIN)
    // FlushFileBuffers is Windows' fsync: it takes the system handle of a file open for writing,
    // here QFile's (which opens by the UTF-16 name, long paths included), through the C runtime
    // descriptor QFile::handle() lends on Windows. ReadWrite, as WriteOnly alone would truncate.
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly))
        return false;
    const int fd = file.handle();
    const auto handle = fd < 0 ? INVALID_HANDLE_VALUE : reinterpret_cast<HANDLE>(::_get_osfhandle(fd));
    return handle != INVALID_HANDLE_VALUE && ::FlushFileBuffers(handle) != 0;
#else
    Q_UNUSED(path)
    return true;
#endif
}

bool syncFolder(const QString &folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
#else
    // Windows has no way for a program to sync a folder (FlushFileBuffers takes files and whole
    // volumes, the latter only for administrators); NTFS keeps its own journal of renames, and
    // PartialFile renames with MOVEFILE_WRITE_THROUGH.
    Q_UNUSED(folder)
    return true;
#endif
}

} // namespace forumdesk

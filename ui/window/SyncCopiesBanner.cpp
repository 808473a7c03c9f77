// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/SyncCopiesBanner.h"

#include "core/storage/StorageError.h"
#include "ui/widgets/Colours.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace forumdesk {

SyncCopiesBanner::SyncCopiesBanner(const QString &forumPath, QWidget *parent)
    : QFrame(parent), m_forumPath(forumPath), m_message(new QLabel(this)), m_merge(new QPushButton(this)),
      m_moveIdentical(new QPushButton(this))
{
    setObjectName(QStringLiteral("syncCopiesBanner"));
    // The read-only banner's colours: a notice, not an error.
    setStyleSheet(colours::noticeStyle(objectName(), colours::Tone::Caution, colours::NoticeShape::Band));
    m_message->setObjectName(QStringLiteral("syncCopiesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_merge->setText(tr("&Merge Them…"));
    m_merge->setObjectName(QStringLiteral("mergeSyncCopies"));
    m_merge->setVisible(false);
    m_moveIdentical->setObjectName(QStringLiteral("moveIdenticalCopies"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_moveIdentical, 0, Qt::AlignVCenter);
    layout->addWidget(m_merge, 0, Qt::AlignVCenter);
    connect(m_merge, &QPushButton::clicked, this, [this] {
        QStringList paths;
        for (const SyncCopy &copy : m_copies)
            paths << copy.path;
        emit mergeRequested(paths);
    });
    connect(m_moveIdentical, &QPushButton::clicked, this, &SyncCopiesBanner::moveIdenticalAside);
    refresh();
}

void SyncCopiesBanner::setMergeOffered(bool offered)
{
    m_mergeOffered = offered;
    refresh();
}

QStringList SyncCopiesBanner::identical() const
{
    QStringList same;
    for (const SyncCopy &copy : m_copies)
        if (SyncCopies::sameBytes(copy.path, m_forumPath))
            same << copy.path;
    return same;
}

void SyncCopiesBanner::refresh()
{
    m_copies = SyncCopies::beside(m_forumPath);
    setVisible(!m_copies.isEmpty());
    if (m_copies.isEmpty())
        return;
    QStringList names;
    for (const SyncCopy &copy : m_copies)
        names << QStringLiteral("“%1”").arg(QFileInfo(copy.path).fileName());
    const int same = int(identical().size());
    QString text = tr("%n conflict copy(ies) of this forum, left by a sync program, are beside it: %1. ", nullptr,
                      int(m_copies.size()))
                       .arg(names.join(QStringLiteral(", ")));
    const int n = int(m_copies.size());
    if (same == n)
        text += tr("They hold nothing that is not in the forum.", nullptr, n);
    else if (m_mergeOffered)
        text += tr("They may hold work that is not in the forum: merge them to keep it.", nullptr, n);
    else
        text += tr("They may hold work that is not in the forum.", nullptr, n);
    m_message->setText(text);
    m_moveIdentical->setText(tr("Move %n Identical Aside", nullptr, same));
    m_moveIdentical->setToolTip(tr("Moves the copies identical to the forum into “%1”; nothing is deleted")
                                    .arg(QFileInfo(SyncCopies::asideFolder(m_forumPath)).fileName()));
    m_moveIdentical->setVisible(same > 0);
    m_merge->setVisible(m_mergeOffered && same < m_copies.size());
}

void SyncCopiesBanner::moveIdenticalAside()
{
    QStringList failures;
    for (const QString &path : identical()) {
        try {
            SyncCopies::moveAside(m_forumPath, path);
        } catch (const StorageError &error) {
            failures << error.message();
        }
    }
    if (!failures.isEmpty())
        QMessageBox::warning(this, tr("Copies Not Moved"), failures.join(QLatin1Char('\n')));
    refresh();
}

} // namespace forumdesk

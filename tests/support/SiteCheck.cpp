// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/SiteCheck.h"

#include "tests/support/TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextDocumentFragment>
#include <QUrl>

namespace forumdesk::test {

QStringList brokenLinks(const QString &siteFolder)
{
    QStringList broken;
    const QDir root(QFileInfo(siteFolder).absoluteFilePath());
    static const QRegularExpression link(QStringLiteral("\\b(?:href|src)=\"([^\"]*)\""));
    static const QRegularExpression id(QStringLiteral("\\bid=\"([^\"]+)\""));
    QDirIterator it(root.path(), {QStringLiteral("*.html")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString page = it.next();
        QFile f(page);
        if (!f.open(QIODevice::ReadOnly)) {
            broken << root.relativeFilePath(page) + QStringLiteral(": unreadable");
            continue;
        }
        const QString html = QString::fromUtf8(f.readAll());
        QStringList ids;
        for (auto m = id.globalMatch(html); m.hasNext();)
            ids << m.next().captured(1);
        for (auto m = link.globalMatch(html); m.hasNext();) {
            // Attribute values are HTML-escaped: &amp; is &.
            const QString target = QTextDocumentFragment::fromHtml(m.next().captured(1)).toPlainText();
            const QUrl url(target);
            if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("mailto"))
                continue;
            const QString where = root.relativeFilePath(page) + QStringLiteral(": ") + target;
            if (!url.scheme().isEmpty() || target.startsWith(QLatin1Char('/'))) {
                broken << where + QStringLiteral(" (not a link inside the site)");
                continue;
            }
            if (url.path().isEmpty()) {
                if (!ids.contains(url.fragment()))
                    broken << where + QStringLiteral(" (no such anchor)");
                continue;
            }
            const QString file = QDir::cleanPath(QFileInfo(page).dir().filePath(url.path()));
            if (!file.startsWith(root.path() + QLatin1Char('/')))
                broken << where + QStringLiteral(" (outside the site)");
            else if (!QFileInfo(file).isFile())
                broken << where;
        }
    }
    return broken;
}

QStringList htmlErrors(const QString &siteFolder)
{
    const QString script = QStringLiteral(FORUMDESK_TEST_SOURCE "/support/check_html.py");
    const QString out = toolText(QStringLiteral("/usr/bin/python3"), {script, siteFolder});
    return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace forumdesk::test

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace forumdesk::test {

// Every internal link of a static website (href and src of its .html pages, a page's own #anchors)
// that names no file of the site or leaves its folder: "meetings/x.html: ../plans/y.html". Links to
// http(s) and mailto addresses are not followed (no network in tests).
QStringList brokenLinks(const QString &siteFolder);

// Parses every .html page of the folder with html5lib (as a browser would), collecting every parse
// error, through tests/support/check_html.py; one line per error.
QStringList htmlErrors(const QString &siteFolder);

} // namespace forumdesk::test

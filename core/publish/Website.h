// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/implementation/ProgressReportDocument.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace forumdesk {

class ForumFile;

// A chart of a plan drawn for the website: SVG, with its title and what it shows (the picture's
// alternative text).
struct WebFigure {
    QString name;        // file name part: "timeline", "agencies"…
    QString title;
    QString description;
    QByteArray svg;
};

// One file of the website, by its path inside the site's folder ("meetings/index.html").
// Either its bytes, or how to make them (documents: a PDF takes a while) with a key that changes
// whenever what it is made from does, so that publishing again makes only what changed.
struct SiteFile {
    QString path;
    QByteArray bytes;
    QByteArray sourceKey;                 // with `make`: a hash of what the file is made from
    std::function<QByteArray()> make;     // null: `bytes` is the file
};

struct WebsiteOptions {
    QString language;                     // es, en…; empty: the forum's
    QDate today;                          // invalid: today where the forum meets
    QString licenceId = QStringLiteral("CC-BY-4.0"); // of the open data (OpenData::licenceIds())
    // Drawing needs the graphical side (ui/charts): the command line and the window pass these;
    // without them the site has no charts and the progress report no figures.
    std::function<QList<WebFigure>(ForumFile &, qint64 planId, const QString &language)> charts;
    std::function<QList<ReportFigure>(ForumFile &, qint64 planId, const QString &language)> reportFigures;
    // Asked between pages; true stops buildWebsite (it throws WebsiteStopped).
    std::function<bool()> stopRequested;
};

struct WebsiteStopped {};

// The forum's public website (OGP Standard 2, minimum requirements 2.1 and 2.2: a website and a
// document repository): static pages in the forum's language that open from disk, with nothing
// fetched from the network.
//
// - home (index.html): the forum, its rules of participation, its members (name, organisation,
//   sector and role only), the current plan and its stage, what changed lately and the date of the
//   last change;
// - meetings: a calendar of past and coming sessions, each session's page with its notice and
//   agenda, minutes (HTML and PDF) of approved or published meetings only, and an .ics feed of the
//   coming sessions;
// - each action plan and commitment on OGP's template, with milestones, progress and evidence, and
//   the charts; the plan's documents (draft, progress report, self-assessment, standards check);
// - contributions with their reasoned responses (individuals named only with their consent);
// - open data (the data package of core/exchange/OpenData), an Atom feed of documents, and a search
//   page with its index in a .js file.
//
// Every text is escaped. The site is the same for the same records: publishing again without a
// change changes no byte ("last updated" is the date of the last change, not of publishing).
struct Website {
    QList<SiteFile> files;
    // Meetings whose minutes the site shows and whose publication is not recorded yet (publishing
    // records it before making the site: SitePublisher::unrecordedMinutes).
    QList<qint64> minutesToRecord;
    QDate lastUpdated;
};

// The site's documents are made when published (SiteFile::make) from `file`, which must stay open
// until then.
Website buildWebsite(ForumFile &file, const WebsiteOptions &options = {});

} // namespace forumdesk

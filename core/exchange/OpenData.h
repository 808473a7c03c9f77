// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace forumdesk {

class ForumFile;

// The forum's open data (OGP Standard 2: a public repository of the process and of implementation):
// every kind of record fit to publish, as tables of plain values that anyone can read and join.
//
// - Records are named by their uid (the same in every copy of the forum, unlike local ids); a
//   reference is the uid of the record named ("plan_uid").
// - Fixed lists are written as their English keys ("on_track"); the data package lists each
//   column's keys and the forum language's labels in its description.
// - Only what a forum publishes: members by name, organisation, sector and role (never e-mail,
//   phone or gender); contributors named only with their recorded consent; decisions only of
//   meetings whose minutes are approved or published; no internal notes, no online meeting's link
//   (it may carry a passcode).
// - A plan (planId) narrows every plan-bound table to it; members stay whole (the forum's).
namespace OpenData {

enum class Type { String, Integer, Number, Boolean, Date, DateTime };

struct Column {
    QString name;            // column name in CSV and key in JSON: English, snake_case, stable
    Type type = Type::String;
    QString title;           // in the forum's language
    QString description;     // for a fixed list: each key with its label in the forum's language
    QStringList keys;        // the allowed values of a fixed list (empty: free)
    bool required = false;
    QString references;      // for "…_uid": the resource whose uid it names
};

struct Resource {
    QString name;            // "plans", "commitments"...: file names plans.csv and plans.json
    QString title;
    QString description;
    QList<Column> columns;
    QList<QVariantList> rows; // one value a column; a null QVariant is no value
};

struct Options {
    qint64 planId = 0;       // 0: every plan
    // The licence the data is published under: an SPDX id with its title and address.
    QString licenceId = QStringLiteral("CC-BY-4.0");
    QDateTime exportedAt;    // UTC; invalid: now
    QString language;        // of titles and descriptions; empty: the forum's
};

struct Package {
    QString forumName;
    QString language;        // the forum's: titles and descriptions are in it
    QString homepage;        // the forum's website, if it has one
    QDateTime exportedAt;    // UTC
    QString licenceId, licenceTitle, licenceUrl;
    qint64 planId = 0;
    QString planTitle;
    QList<Resource> resources;
};

// Reads everything in one read transaction (one and the same state of the file). Throws
// StorageError(Validation) when planId names no plan.
Package read(ForumFile &file, const Options &options = {});

// One table as CSV (as Csv::document writes: byte order mark, CRLF, formulas neutralised; true and
// false for booleans) and as JSON (an array of objects, values typed, no value as null).
QByteArray csv(const Resource &resource);
QByteArray json(const Resource &resource);
// Every table in one JSON document, with the package's metadata: {"metadata": {...}, "plans": [...], ...}.
QByteArray jsonDocument(const Package &package);
// datapackage.json (Frictionless Data, Data Package v1): name, title, licence, the export date and,
// for each table, its CSV and its JSON as tabular data resources with their schema (types, keys
// allowed, primary key uid, foreign keys).
QByteArray dataPackage(const Package &package);

// The files of a data package, by name in its folder: datapackage.json, and for each table NAME.csv
// and NAME.json.
QList<std::pair<QString, QByteArray>> packageFiles(const Package &package);

// A licence the data may be published under: its SPDX id, title and address.
struct Licence {
    QString id, title, url;
};
// The licence an id names, in any case (CC-BY-4.0, CC0-1.0, ODC-By-1.0, ODbL-1.0, CC-BY-SA-4.0);
// nothing when Forum Desk does not know it.
std::optional<Licence> findLicence(const QString &id);
// The same, or StorageError(Validation) naming the ids Forum Desk knows.
Licence requireLicence(const QString &id);
QStringList licenceIds();

} // namespace OpenData

} // namespace forumdesk

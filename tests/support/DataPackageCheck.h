// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace forumdesk::test {

// Validates a Frictionless data package in `folder` as a validator would (the parts of Table Schema
// the open data uses): datapackage.json names a licence, its creation date and its resources; each
// resource's file (CSV with a header, or JSON: an array of objects) has exactly the schema's fields,
// every value fits its type (string, integer, number, boolean, date, datetime) and constraints
// (required, enum, unique), the primary key is unique and every foreign key names a row of the
// resource it references. Returns one line per problem (empty: valid), at most `limit` of them.
QStringList checkDataPackage(const QString &folder, int limit = 50);

} // namespace forumdesk::test

#!/usr/bin/env bash
# The Debian package as a user gets it: made from the build folder (packaging/make-deb: CPack, then
# lintian with no error or warning), its control fields and contents looked at, unpacked into a
# scratch root (dpkg-deb -x) and run from there: the command line writes, reads and checks the
# sample forum and exports minutes through the drawing half it finds in the root's libexec; the
# window, offscreen, shows its version and renders its screenshots of the sample forum.
#   deb_test.sh SOURCE BUILD VERSION
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
source="$1" build="$2" version="$3"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
failures=0
fail() { echo "FAILED: $*" >&2; failures=$((failures + 1)); }

deb="$("$source/packaging/make-deb" "$build" "$scratch/packages" | tee /dev/stderr | tail -n 1)"
[ "$(basename "$deb")" = "forumdesk_${version}_$(dpkg --print-architecture).deb" ] || fail "the package is named $(basename "$deb")"

field() { dpkg-deb --field "$deb" "$1"; }
echo "Depends: $(field Depends)"
depends="$(field Depends)"
for needed in fonts-dejavu-core fonts-noto-core fonts-noto-cjk libqt6svg6 libqt6core6 libqt6widgets6 libqt6charts6 libsqlite3-0 libzip4 libc6; do
  grep -Eq "(^|, )$needed( |,|$)" <<<"$depends" || fail "Depends lacks $needed"
done
[ "$(field Version)" = "$version" ] || fail "the package's version is $(field Version)"
[ "$(field Section)" = misc ] || fail "the package's section is $(field Section)"
[ "$(field Description | wc -l)" -ge 5 ] || fail "the package has no extended description"

contents="$(dpkg-deb --contents "$deb")"
for path in ./usr/bin/forumdesk ./usr/bin/forumdesk-cli ./usr/libexec/forumdesk/forumdesk-cli-documents \
            ./usr/share/applications/org.opengovforum.ForumDesk.desktop ./usr/share/metainfo/org.opengovforum.ForumDesk.metainfo.xml \
            ./usr/share/mime/packages/org.opengovforum.ForumDesk.xml ./usr/share/man/man1/forumdesk-cli.1.gz \
            ./usr/share/doc/forumdesk/copyright ./usr/share/doc/forumdesk/changelog.gz; do
  grep -Eq " $path\$" <<<"$contents" || fail "the package lacks $path"
done
if grep -E '^d' <<<"$contents" | grep -v '^drwxr-xr-x root/root'; then fail "folders above are not rwxr-xr-x root/root"; fi

root="$scratch/root"
dpkg-deb -x "$deb" "$root"
for program in usr/bin/forumdesk usr/bin/forumdesk-cli usr/libexec/forumdesk/forumdesk-cli-documents; do
  file "$root/$program" | grep -q 'stripped' && ! file "$root/$program" | grep -q 'not stripped' || fail "$program is not stripped"
  if readelf -d "$root/$program" | grep -Eq 'RPATH|RUNPATH'; then fail "$program has a library search path"; fi
done

# A clean environment: no build folder on the path, settings and data in the scratch folder.
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export PATH="$root/usr/bin:/usr/bin:/bin"
cd "$scratch"
cli="$root/usr/bin/forumdesk-cli"

[ "$("$cli" --version)" = "forumdesk-cli $version" ] || fail "forumdesk-cli --version says $("$cli" --version)"
"$cli" demo sample.ogpforum --lang en >/dev/null
"$cli" info sample.ogpforum >info.json
python3 - info.json <<'PY' || fail "forumdesk-cli info does not describe the sample forum"
import json, sys
info = json.load(open(sys.argv[1]))
assert info["forum"]["language"] == "en", info
assert info["counts"]["meeting"] > 0 and info["counts"]["member"] > 0, info
PY
"$cli" check sample.ogpforum >check.txt || fail "forumdesk-cli check found problems in the sample: $(cat check.txt)"
meeting="$("$cli" list meetings sample.ogpforum | python3 -c "
import json, sys
print(next(m['id'] for m in reversed(json.load(sys.stdin)) if m['status'] in ('minutes_approved', 'published')))")"
"$cli" export minutes sample.ogpforum --meeting "$meeting" -o minutes.pdf >/dev/null
[ "$(head -c 5 minutes.pdf)" = "%PDF-" ] || fail "export minutes wrote no PDF"
"$cli" export minutes sample.ogpforum --meeting "$meeting" -o minutes.odt >/dev/null
unzip -p minutes.odt mimetype | grep -qx 'application/vnd.oasis.opendocument.text' || fail "export minutes wrote no ODT"
# That drawing half was the root's: without it the export says so.
mv "$root/usr/libexec/forumdesk/forumdesk-cli-documents" "$scratch/moved"
if "$cli" export minutes sample.ogpforum --meeting "$meeting" -o again.pdf 2>missing.txt; then
  fail "forumdesk-cli exported without the root's forumdesk-cli-documents"
fi
grep -q 'forumdesk-cli-documents is missing' missing.txt || fail "without its drawing half forumdesk-cli said: $(cat missing.txt)"
mv "$scratch/moved" "$root/usr/libexec/forumdesk/forumdesk-cli-documents"

window="$root/usr/bin/forumdesk"
[ "$("$window" --version 2>/dev/null)" = "forumdesk $version" ] || fail "forumdesk --version says $("$window" --version 2>&1)"
timeout 300 "$window" --lang en --screenshots "$scratch/shots" >/dev/null 2>&1 || fail "forumdesk --screenshots failed"
shots=$(find "$scratch/shots" -name '*.png' | wc -l)
[ "$shots" -ge 10 ] || fail "forumdesk --screenshots wrote $shots screenshots"
file "$scratch/shots/members-en.png" | grep -q 'PNG image data, 1280 x 800' || fail "no 1280 x 800 screenshot of the members page"

if [ "$failures" -gt 0 ]; then
  echo "$failures problem(s) with the Debian package" >&2
  exit 1
fi
echo "The Debian package passes lintian and runs from a scratch root ($shots screenshots)."

#!/usr/bin/env python3
# Installs the build into a scratch prefix (cmake --install) and checks what a desktop gets from it:
# the desktop file, the AppStream metadata and the MIME type pass their validators and name the
# same application id, icon and type; the icons have their sizes and are the current SVG's; the
# manual pages pass mandoc's and groff's checks and list exactly the options the programs have;
# the bash completion offers exactly the commands and options the CLI has.
#   check_install.py [--cmake CMAKE] --build BUILD --source SOURCE --version VERSION --app-id ID
# SPDX-License-Identifier: GPL-3.0-or-later
import argparse
import gzip
import hashlib
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

failures = []


def fail(message):
    failures.append(message)
    print(f"FAILED: {message}", file=sys.stderr)


def run(command, **kwargs):
    return subprocess.run(command, capture_output=True, text=True, **kwargs)


def need(tool, package):
    if shutil.which(tool) is None:
        sys.exit(f"{tool} is missing: install Debian's {package} (scripts/setup.sh lists it)")


def environment(scratch):
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", LC_ALL="C.UTF-8",
               XDG_RUNTIME_DIR=os.path.join(scratch, "runtime"),
               XDG_CONFIG_HOME=os.path.join(scratch, "config"),
               XDG_DATA_HOME=os.path.join(scratch, "data"))
    env.pop("LANGUAGE", None)
    env.pop("LC_MESSAGES", None)
    os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
    return env


def help_options(text):
    """The options a QCommandLineParser help text lists: {'-o', '--output', ...}."""
    options = set()
    for line in text.splitlines():
        match = re.match(r"^  (-[^ ].*?)(?:  |$)", line)
        if match:
            for part in match.group(1).split(","):
                options.add(part.strip().split(" ")[0])
    return options


# Options every command has that the man page and completion leave out: --help-all, which
# QCommandLineParser adds but the commands do not act on.
QT_ONLY = {"--help-all"}


def check_files(prefix, app_id):
    expected = [
        "bin/forumdesk", "bin/forumdesk-cli", "libexec/forumdesk/forumdesk-cli-documents",
        f"share/applications/{app_id}.desktop", f"share/metainfo/{app_id}.metainfo.xml",
        f"share/mime/packages/{app_id}.xml", f"share/icons/hicolor/scalable/apps/{app_id}.svg",
        "share/man/man1/forumdesk.1.gz", "share/man/man1/forumdesk-cli.1.gz",
        "share/bash-completion/completions/forumdesk-cli",
        "share/doc/forumdesk/copyright", "share/doc/forumdesk/changelog.gz",
    ]
    expected += [f"share/icons/hicolor/{n}x{n}/apps/{app_id}.png" for n in (16, 22, 24, 32, 48, 64, 128, 256, 512)]
    for path in expected:
        if not os.path.isfile(os.path.join(prefix, path)):
            fail(f"the installation lacks {path}")
    for path in ("bin/forumdesk", "bin/forumdesk-cli", "libexec/forumdesk/forumdesk-cli-documents"):
        if os.path.isfile(os.path.join(prefix, path)) and not os.access(os.path.join(prefix, path), os.X_OK):
            fail(f"{path} is not executable")


def check_icons(prefix, source, app_id):
    for folder in sorted(os.listdir(os.path.join(prefix, "share/icons/hicolor"))):
        if folder == "scalable":
            continue
        png = os.path.join(prefix, "share/icons/hicolor", folder, "apps", f"{app_id}.png")
        with open(png, "rb") as f:
            header = f.read(24)
        if header[:8] != b"\x89PNG\r\n\x1a\n":
            fail(f"{png} is not a PNG")
            continue
        width, height = struct.unpack(">II", header[16:24])
        if f"{width}x{height}" != folder:
            fail(f"the icon in {folder} is {width}x{height}")
    svg = os.path.join(source, "resources/icons/forumdesk.svg")
    recorded = open(os.path.join(source, "resources/icons/app/forumdesk.svg.sha256")).read().split()[0]
    if hashlib.sha256(open(svg, "rb").read()).hexdigest() != recorded:
        fail("resources/icons/forumdesk.svg changed since its PNGs were made: run packaging/make-icons")


def check_desktop(prefix, app_id):
    path = os.path.join(prefix, f"share/applications/{app_id}.desktop")
    result = run(["desktop-file-validate", path])
    print(f"$ desktop-file-validate {os.path.basename(path)}\n{result.stdout}{result.stderr}", end="")
    if result.returncode != 0 or result.stdout.strip() or result.stderr.strip():
        fail("desktop-file-validate reported problems")
    entry = dict(line.rstrip("\n").split("=", 1) for line in open(path, encoding="utf-8") if "=" in line)
    if entry.get("Icon") != app_id:
        fail(f"the desktop file's icon is {entry.get('Icon')}, not {app_id}")
    if "application/x-ogpforum;" not in entry.get("MimeType", ""):
        fail("the desktop file does not open application/x-ogpforum")
    if not entry.get("Exec", "").startswith("forumdesk "):
        fail("the desktop file does not start forumdesk")


def check_appstream(prefix, source, app_id, version):
    path = os.path.join(prefix, f"share/metainfo/{app_id}.metainfo.xml")
    result = run(["appstreamcli", "validate", "--no-net", "--explain", path])
    print(f"$ appstreamcli validate --no-net {os.path.basename(path)}\n{result.stdout}{result.stderr}", end="")
    if result.returncode != 0:
        fail("appstreamcli validate failed")
    if re.search(r"^[EW]:", result.stdout, re.M):
        fail("appstreamcli validate reported errors or warnings")
    root = ET.parse(path).getroot()
    if root.findtext("id") != app_id:
        fail(f"the AppStream id is {root.findtext('id')}, not {app_id}")
    if root.findtext("launchable") != f"{app_id}.desktop":
        fail("the AppStream launchable is not the desktop file")
    release = root.find("releases/release")
    if release is None or release.get("version") != version:
        fail(f"the latest AppStream release is not {version}, the project's version: add it with its notes")
    for image in root.iter("image"):
        url = image.text.strip()
        if not url.startswith("https://"):
            fail(f"screenshot {url} is not https")
        name = url.rsplit("/", 1)[-1]
        if not os.path.isfile(os.path.join(source, "docs/screenshots", name)):
            fail(f"screenshot {name} is not in docs/screenshots")
    if "application/x-ogpforum" not in [m.text for m in root.iter("mediatype")]:
        fail("AppStream does not provide application/x-ogpforum")


def check_mime(prefix, scratch, cli, env, app_id):
    mime = os.path.join(prefix, "share/mime")
    # With the scratch folder on the search path, as an installation's is: nothing to say then.
    result = run(["update-mime-database", mime], env=dict(os.environ, XDG_DATA_DIRS=os.path.dirname(mime)))
    print(f"$ update-mime-database {mime}\n{result.stdout}{result.stderr}", end="")
    if result.returncode != 0 or result.stderr.strip() or result.stdout.strip():
        fail("update-mime-database reported problems")
    globs = open(os.path.join(mime, "globs2")).read()
    if not re.search(r"^\d+:application/x-ogpforum:\*\.ogpforum$", globs, re.M):
        fail("the MIME database does not map *.ogpforum to application/x-ogpforum")
    if "application/x-ogpforum application/vnd.sqlite3" not in open(os.path.join(mime, "subclasses")).read():
        fail("application/x-ogpforum is not a sub-class of application/vnd.sqlite3")
    if f"application/x-ogpforum:{app_id}\n" not in open(os.path.join(mime, "icons")).read():
        fail(f"the MIME type's icon is not {app_id}")
    # The magic, as the XML says it, against a forum file Forum Desk wrote.
    namespace = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(os.path.join(mime, "packages", f"{app_id}.xml")).getroot()
    outer = root.find("m:mime-type/m:magic/m:match", namespace)
    inner = outer.find("m:match", namespace)
    forum = os.path.join(scratch, "magic.ogpforum")
    result = run([cli, "new", forum, "--name", "Magic", "--time-zone", "America/Lima"], env=env)
    if result.returncode != 0:
        fail(f"forumdesk-cli new failed: {result.stderr}")
        return
    data = open(forum, "rb").read(100)
    start = int(outer.get("offset"))
    if data[start:start + len(outer.get("value"))] != outer.get("value").encode():
        fail("the MIME magic's string does not match a forum file")
    start = int(inner.get("offset"))
    if inner.get("type") != "big32" or struct.unpack(">I", data[start:start + 4])[0] != int(inner.get("value"), 16):
        fail("the MIME magic's application id does not match a forum file")


def check_gzip(path):
    data = open(path, "rb").read()
    flags, mtime, xfl = data[3], struct.unpack("<I", data[4:8])[0], data[8]
    if flags & 0x08 or mtime != 0 or xfl != 2:
        fail(f"{path} is not compressed with gzip -9n (name or time stamp kept, or not the best compression)")


def man_sections(text):
    """The rendered page's sections: {'OPTIONS': [(tag, body), ...], ...}."""
    sections, current = {}, None
    for line in text.splitlines():
        if re.match(r"^[A-Z][A-Z ]+$", line):
            current = sections.setdefault(line.strip(), [])
        elif current is not None and re.match(r"^ {7}\S", line):
            current.append([line.strip(), ""])
        elif current is not None and current and line.strip():
            current[-1][1] += " " + line.strip()
    return sections


def check_man(prefix, scratch, env, bindir):
    pages = {}
    for name in ("forumdesk", "forumdesk-cli"):
        compressed = os.path.join(prefix, f"share/man/man1/{name}.1.gz")
        check_gzip(compressed)
        page = os.path.join(scratch, f"{name}.1")
        with open(page, "wb") as out:
            out.write(gzip.decompress(open(compressed, "rb").read()))
        for command in (["mandoc", "-T", "lint", "-W", "warning", page], ["groff", "-man", "-ww", "-z", page]):
            result = run(command)
            print(f"$ {' '.join(command[:-1])} {name}.1\n{result.stdout}{result.stderr}", end="")
            if result.returncode != 0 or result.stdout.strip() or result.stderr.strip():
                fail(f"{command[0]} reported problems in {name}.1")
        result = run(["man", "--warnings", "-l", page], env=dict(env, MANWIDTH="1000", MAN_KEEP_FORMATTING="",
                                                                 MANPAGER="cat", PAGER="cat"))
        if result.returncode != 0 or result.stderr.strip():
            fail(f"man -l {name}.1: {result.stderr}")
        pages[name] = man_sections(result.stdout)

    # forumdesk: the OPTIONS section lists what --help lists.
    result = run([os.path.join(bindir, "forumdesk"), "--help"], env=env)
    actual = help_options(result.stdout)
    documented = set()
    for tag, _ in pages["forumdesk"].get("OPTIONS", []):
        if tag.startswith("-"):  # not the paragraph on Qt's own options
            documented |= {word.rstrip(",") for word in tag.split() if word.startswith("-")}
    if actual != documented:
        fail(f"forumdesk.1 lists the options {sorted(documented)}, forumdesk --help {sorted(actual)}")

    # forumdesk-cli: each command's paragraphs name exactly the options of its --help.
    cli = os.path.join(bindir, "forumdesk-cli")
    commands = cli_commands(cli, env)
    described = {}
    for tag, body in pages["forumdesk-cli"].get("COMMANDS", []):
        if not body:  # a paragraph of the section, not a command's entry
            continue
        command = tag.split()[0]
        described[command] = described.get(command, "") + " " + tag + " " + body
    if set(described) != set(commands):
        fail(f"forumdesk-cli.1 describes the commands {sorted(described)}, forumdesk-cli --help {sorted(commands)}")
    common = {"-h", "--help", "--lang"} | QT_ONLY  # said once for every command
    for command in commands:
        options = command_options(cli, command, env)
        text = described.get(command, "")
        named = set(re.findall(r"(?<![\w-])(--?[a-z][a-z-]*)", text))
        if "-o" in named:  # the page says once that -o is --output
            named.add("--output")
        missing = options - common - named
        if missing:
            fail(f"forumdesk-cli.1 does not describe {command}'s options {sorted(missing)}")
        unknown = named - options
        if unknown:
            fail(f"forumdesk-cli.1 gives {command} options it does not have: {sorted(unknown)}")
    global_options = {tag.split()[0].rstrip(",") for tag, _ in pages["forumdesk-cli"].get("OPTIONS", [])}
    if global_options != {"--lang", "-h", "--version"}:
        fail(f"forumdesk-cli.1's OPTIONS are {sorted(global_options)}")


def cli_commands(cli, env):
    result = run([cli, "--help"], env=env)
    return [m.group(1) for m in re.finditer(r"^  ([a-z][a-z-]*) ", result.stdout, re.M)]


def command_options(cli, command, env):
    result = run([cli, command, "--help"], env=env)
    if result.returncode != 0:
        fail(f"forumdesk-cli {command} --help failed: {result.stderr}")
    return help_options(result.stdout)


def complete(script, words, with_package):
    """What the completion offers for the command line `words` (the last word being completed)."""
    preamble = "source /usr/share/bash-completion/bash_completion\n" if with_package else ""
    program = preamble + f"""source {script}
COMP_WORDS=({' '.join(_quote(w) for w in words)})
COMP_CWORD={len(words) - 1}
COMP_LINE="${{COMP_WORDS[*]}}"
COMP_POINT=${{#COMP_LINE}}
_forumdesk_cli forumdesk-cli "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"
printf '%s\\n' "${{COMPREPLY[@]}}"
"""
    result = run(["bash", "-c", program])
    if result.returncode != 0:
        fail(f"the completion failed for {words}: {result.stderr}")
    return {line for line in result.stdout.splitlines() if line}


def _quote(word):
    return "'" + word.replace("'", "'\\''") + "'"


def check_completion(prefix, env, bindir):
    script = os.path.join(prefix, "share/bash-completion/completions/forumdesk-cli")
    cli = os.path.join(bindir, "forumdesk-cli")
    commands = cli_commands(cli, env)
    modes = [False] + ([True] if os.path.isfile("/usr/share/bash-completion/bash_completion") else [])
    for with_package in modes:
        how = "with bash-completion" if with_package else "without bash-completion"
        offered = complete(script, ["forumdesk-cli", ""], with_package)
        if offered != set(commands) | {"help"}:
            fail(f"{how}, the completion offers the commands {sorted(offered)}, forumdesk-cli {sorted(commands)}")
        for command in commands:
            options = command_options(cli, command, env) - QT_ONLY
            offered = complete(script, ["forumdesk-cli", command, "-"], with_package)
            if offered != options:
                fail(f"{how}, the completion offers {command} the options {sorted(offered)}, "
                     f"its --help {sorted(options)}")
        for words, expected in [
            (["forumdesk-cli", "export", ""], {"minutes", "notice", "ics", "plan", "responses", "progress",
                                               "compliance", "self-assessment", "data"}),
            (["forumdesk-cli", "list", ""], {"plans", "commitments", "meetings", "members", "contributions"}),
            (["forumdesk-cli", "chart", "f.ogpforum", "--kind", "m"], {"milestones"}),
            (["forumdesk-cli", "--lang", "es", "exp"], {"export"}),
            (["forumdesk-cli", "export", "data", "f.ogpforum", "--format", ""], {"csv", "json", "package"}),
        ]:
            offered = complete(script, words, with_package)
            if offered != expected:
                fail(f"{how}, the completion of {words} offers {sorted(offered)}, not {sorted(expected)}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cmake", default="cmake")
    parser.add_argument("--build", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--app-id", required=True)
    args = parser.parse_args()
    for tool, package in [("desktop-file-validate", "desktop-file-utils"), ("appstreamcli", "appstream"),
                          ("update-mime-database", "shared-mime-info"), ("mandoc", "mandoc"),
                          ("groff", "groff-base"), ("man", "man-db")]:
        need(tool, package)

    scratch = tempfile.mkdtemp(prefix="forumdesk-install-")
    try:
        prefix = os.path.join(scratch, "usr")
        result = run([args.cmake, "--install", args.build, "--prefix", prefix])
        if result.returncode != 0:
            sys.exit(f"cmake --install failed:\n{result.stdout}{result.stderr}")
        env = environment(scratch)
        bindir = os.path.join(prefix, "bin")
        check_files(prefix, args.app_id)
        if failures:
            sys.exit(1)
        check_icons(prefix, args.source, args.app_id)
        check_desktop(prefix, args.app_id)
        check_appstream(prefix, args.source, args.app_id, args.version)
        check_mime(prefix, scratch, os.path.join(bindir, "forumdesk-cli"), env, args.app_id)
        check_gzip(os.path.join(prefix, "share/doc/forumdesk/changelog.gz"))
        changelog = gzip.decompress(open(os.path.join(prefix, "share/doc/forumdesk/changelog.gz"), "rb").read()).decode()
        if not changelog.startswith(f"forumdesk ({args.version}) "):
            fail(f"the Debian changelog's latest entry is not version {args.version}")
        check_man(prefix, scratch, env, bindir)
        check_completion(prefix, env, bindir)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if failures:
        print(f"{len(failures)} problem(s) in the installation", file=sys.stderr)
        sys.exit(1)
    print("The installation passes the desktop, AppStream, MIME and manual page checks.")


if __name__ == "__main__":
    main()

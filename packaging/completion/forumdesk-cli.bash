# bash completion for forumdesk-cli                                    -*- shell-script -*-
# The commands and options are those of app/cli; tests/install checks that they agree.
# SPDX-License-Identifier: GPL-3.0-or-later

# The options of each command, as `forumdesk-cli COMMAND --help` lists them.
_forumdesk_cli_options()
{
    case $1 in
        new) echo "--name --lang --time-zone" ;;
        demo) echo "--lang --size" ;;
        info | check | list) echo "--lang" ;;
        save-copy) echo "--force --lang" ;;
        merge) echo "--dry-run --prefer --report --force --lang" ;;
        export) echo "--meeting --plan --format --table --licence -o --output --upcoming --on --lang" ;;
        chart) echo "--plan --kind -o --output --width --height --lang" ;;
        publish) echo "-o --output --lang --licence --no-record" ;;
    esac
    echo "-h --help"
}

_forumdesk_cli()
{
    local cur prev words cword
    if declare -F _init_completion >/dev/null 2>&1; then
        _init_completion || return
    else
        # Without the bash-completion package: the words as bash split them.
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
        cur=${COMP_WORDS[COMP_CWORD]}
        prev=${COMP_WORDS[COMP_CWORD - 1]}
    fi

    local commands="new demo info check list save-copy merge export chart publish help"
    local with_value="--name --lang --time-zone --size --prefer --report --meeting --plan --format
        --table --licence -o --output --on --kind --width --height"

    # The command, and the arguments given after it so far (options and their values left out).
    local i word command="" skip=0
    local -a positional=()
    for ((i = 1; i < cword; i++)); do
        word=${words[i]}
        if ((skip)); then
            skip=0
        elif [[ $word == -* ]]; then
            [[ $word != *=* && " $with_value " == *[[:space:]]"$word"[[:space:]]* ]] && skip=1
        elif [[ -z $command ]]; then
            command=$word
        else
            positional+=("$word")
        fi
    done

    case $prev in
        --lang)
            if [[ $command == new ]]; then
                COMPREPLY=($(compgen -W "es en fr pt" -- "$cur"))
            else
                COMPREPLY=($(compgen -W "es en" -- "$cur"))
            fi
            return
            ;;
        --size) COMPREPLY=($(compgen -W "small large" -- "$cur")); return ;;
        --prefer) COMPREPLY=($(compgen -W "ours theirs newer" -- "$cur")); return ;;
        --format)
            if [[ ${positional[0]-} == data ]]; then
                COMPREPLY=($(compgen -W "csv json package" -- "$cur"))
            else
                COMPREPLY=($(compgen -W "pdf odt html md" -- "$cur"))
            fi
            return
            ;;
        --kind)
            COMPREPLY=($(compgen -W "completion timeline agencies values milestones attendance cocreation speaking" -- "$cur"))
            return
            ;;
        --licence)
            COMPREPLY=($(compgen -W "CC-BY-4.0 CC0-1.0 CC-BY-SA-4.0 ODC-By-1.0 ODbL-1.0" -- "$cur"))
            return
            ;;
        --table)
            COMPREPLY=($(compgen -W "members plans commitments milestones progress_updates meetings
                decisions contributions contribution_commitments assessments" -- "$cur"))
            return
            ;;
        --time-zone)
            local zones=/usr/share/zoneinfo/zone1970.tab
            [[ -r $zones ]] && COMPREPLY=($(compgen -W "$(awk '!/^#/ { print $3 }' "$zones")" -- "$cur"))
            return
            ;;
        --report | -o | --output)
            if [[ $command == publish ]]; then
                _forumdesk_cli_files -d
            else
                _forumdesk_cli_files
            fi
            return
            ;;
        --name | --meeting | --plan | --on | --width | --height)
            return
            ;;
    esac

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "--lang --help --version" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        fi
        return
    fi
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$(_forumdesk_cli_options "$command")" -- "$cur"))
        return
    fi
    case $command:${#positional[@]} in
        help:0) COMPREPLY=($(compgen -W "$commands" -- "$cur")) ;;
        list:0) COMPREPLY=($(compgen -W "plans commitments meetings members contributions" -- "$cur")) ;;
        export:0)
            COMPREPLY=($(compgen -W "minutes notice ics plan responses progress compliance self-assessment data" -- "$cur"))
            ;;
        new:0 | demo:0 | save-copy:1) _forumdesk_cli_files ;;
        info:0 | check:0 | save-copy:0 | merge:[01] | list:1 | export:1 | chart:0 | publish:0)
            _forumdesk_cli_files ogpforum
            ;;
    esac
}

# Files (with a suffix: those, and folders), or with -d folders only.
_forumdesk_cli_files()
{
    if declare -F _filedir >/dev/null 2>&1; then
        _filedir "$@"
        return
    fi
    local IFS=$'\n'
    if [[ ${1-} == -d ]]; then
        COMPREPLY=($(compgen -d -- "$cur"))
    elif [[ -n ${1-} ]]; then
        COMPREPLY=($(compgen -d -- "$cur") $(compgen -f -X "!*.$1" -- "$cur"))
    else
        COMPREPLY=($(compgen -f -- "$cur"))
    fi
    compopt -o filenames 2>/dev/null
}

complete -F _forumdesk_cli forumdesk-cli

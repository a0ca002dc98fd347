# bash completion for recov(1). It holds no word lists: `recov complete`
# answers from the program's own tables, the config and the database.
_recov()
{
    local cur prev words cword split
    # Keep ":lastweek" whole, and split "--color=al" into --color and al.
    _init_completion -s -n : || return
    # recov complete takes the word whole ("--color=al") and answers with
    # whole words; readline replaces only what follows the "=" or ":".
    local word=$cur
    $split && word="$prev=$cur"
    local IFS=$'\n'
    local -a candidates
    candidates=($("${words[0]}" complete -- "${words[@]:1:cword-1}" "$word" 2>/dev/null))
    if [[ ${candidates[0]-} == @files ]]; then
        _filedir
        return
    fi
    $split && candidates=("${candidates[@]#"$prev="}")
    COMPREPLY=("${candidates[@]}")
    __ltrim_colon_completions "$cur"
} &&
    complete -F _recov recov

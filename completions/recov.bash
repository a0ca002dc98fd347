# bash completion for recov(1). It holds no word lists: `recov complete`
# answers from the program's own tables, the config and the database.
_recov()
{
    local cur prev words cword
    # Keep "--color=al" and ":lastweek" whole.
    _init_completion -n =: || return
    local IFS=$'\n'
    local -a candidates
    candidates=($("${words[0]}" complete -- "${words[@]:1:cword}" 2>/dev/null))
    if [[ ${candidates[0]-} == @files ]]; then
        _filedir
        return
    fi
    COMPREPLY=("${candidates[@]}")
    __ltrim_colon_completions "$cur"
} &&
    complete -F _recov recov

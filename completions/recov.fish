# fish completion for recov(1). It holds no word lists: `recov complete`
# answers from the program's own tables, the config and the database.
function __recov_complete
    set -l words (commandline -opc)
    set -l program $words[1]
    set -e words[1]
    set -l current (commandline -ct)
    set -l candidates ($program complete -- $words "$current" 2>/dev/null)
    if test "$candidates[1]" = @files
        __fish_complete_path "$current"
    else
        printf '%s\n' $candidates
    end
end
complete -c recov -f -a '(__recov_complete)'

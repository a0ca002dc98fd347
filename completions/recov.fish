# fish completion for recov(1). It holds no word lists: `recov complete`
# answers from the program's own tables, the config and the database.
function __recov_complete
    set -l words (commandline -opc)
    set -l program $words[1]
    set -e words[1]
    set -l current (commandline -ct)
    set -l candidates ($program complete -- $words "$current" 2>/dev/null)
    if test "$candidates[1]" != @files
        printf '%s\n' $candidates
    else if string match -q -- '--*=*' "$current"
        # "--db=PATH": complete the part after the "=".
        set -l option (string split -m 1 = -- "$current")
        __fish_complete_path "$option[2]" | string replace -r '^' -- "$option[1]="
    else
        __fish_complete_path "$current"
    end
end
complete -c recov -f -a '(__recov_complete)'

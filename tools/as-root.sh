# tools/as-root.sh: sourced by the top-level commands before they change
# directory; re-runs the calling script as root through sudo when it was
# started by another user.
if [ "$(id -u)" -ne 0 ]; then
    exec sudo --preserve-env=CI bash "$(realpath "$0")" "$@"
fi

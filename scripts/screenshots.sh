#!/usr/bin/env bash
# Regenerates Screenshots/*.png from the real binary running in tmux.
# Needs: tmux, Python 3 with `pip install rich cairosvg`, and fonts for CJK text (fonts-noto-cjk).
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8

swift build --product mltutor >/dev/null
binary="$(swift build --show-bin-path)/mltutor"
work="$(mktemp -d)"
socket=""
cleanup() {
  [ -n "$socket" ] && tmux -L "$socket" kill-server 2>/dev/null
  rm -f "/tmp/tmux-$(id -u)/mltutor-shots-$$-"*
  rm -rf "$work"
}
trap cleanup EXIT

cat >"$work/tmux.conf" <<'CONF'
set -g default-terminal tmux-256color
set -g status off
set -g remain-on-exit on
set -g escape-time 0
CONF

# shoot NAME COLUMNS ROWS TITLE KEYS... : start fresh, send the keys, wait for the screen to settle, capture.
# $args are extra arguments for mltutor and $envs extra environment (NAME=value ...), both may be empty.
# Every shot shares one progress file, so later shots (dashboard, review) show what earlier ones did.
args=""
envs=""
ready="mltutor ·"
shoot() {
  local name=$1 cols=$2 rows=$3 title=$4
  shift 4
  # One server per shot: reusing a socket right after kill-server races with its shutdown.
  socket="mltutor-shots-$$-$name"
  tmux -L "$socket" -f "$work/tmux.conf" new-session -d -x "$cols" -y "$rows" -e LANG=C.UTF-8 \
    -e MLTUTOR_PROGRESS="$work/progress.json" "env -u NO_COLOR $envs '$binary' $args; sleep 60"
  # Wait for the first frame before sending keys: early keys are misread before keypad mode is on.
  for _ in $(seq 100); do tmux -L "$socket" capture-pane -p | grep -qF "$ready" && break; sleep 0.05; done
  sleep 0.2
  for key in "$@"; do tmux -L "$socket" send-keys "$key"; sleep 0.1; done
  sleep 0.4
  tmux -L "$socket" capture-pane -p -e -N >"$work/$name.ansi"
  python3 scripts/ansi_to_png.py "$work/$name.ansi" "Screenshots/$name.png" "$cols" "$title"
  tmux -L "$socket" send-keys C-c
  sleep 0.3
  tmux -L "$socket" kill-server
  socket=""
  echo "Screenshots/$name.png"
}

day1="MLTUTOR_NOW=2026-11-20T09:00:00Z"
envs="$day1"
shoot menu 100 30 "mltutor — menu"
shoot reader 100 30 "mltutor — reader" 7 Enter
shoot reader-lesson 100 30 "mltutor — concept lesson" 1 k k k k k k k k k k k Enter PageDown PageDown
shoot help 100 30 "mltutor — help overlay" "?"
args="quiz ttest-practice --time-limit 600"
shoot quiz 100 30 "mltutor — a timed quiz"
args="quiz anova-basics --time-limit 600"
shoot quiz-feedback 100 30 "mltutor — practice feedback" 2
# An exam answered quickly with whatever is under the cursor, to fill the results and the dashboard.
args="quiz career-roles-skills --exam"
shoot results 100 30 "mltutor — results" $(for _ in $(seq 8); do echo 1 Enter; done)
args="quiz chi-square-basics --exam --time-limit 2"
shoot timed-out 100 30 "mltutor — time ran out" ""
sleep 2.5
args=""
shoot skills 100 30 "mltutor — skills checklist" s Enter 1 j 2 j j 1 j 3
shoot dashboard 100 30 "mltutor — progress dashboard" d Enter
envs="MLTUTOR_NOW=2026-11-23T09:00:00Z"
shoot review 100 30 "mltutor — spaced review" v Enter 1
envs="$day1"
shoot search 100 30 "mltutor — search" / c h i - s q u a r e
shoot search-hit 100 30 "mltutor — a search hit in the reader" / c h i - s q u a r e Down Down Enter
shoot lab 100 30 "mltutor — stats lab" b Enter 3 Enter F5
args="--plain"
ready="> "
shoot plain 100 30 "mltutor — plain line mode" 1 Enter Enter

# bench/registers_bench.gp: the cost-growth curve of bench/registers_bench.sh.
# gnuplot -e "datafile='X.dat'; outfile='X.png'" bench/registers_bench.gp
# Columns of the data file: pupils, load s, evaluate s, then the ms of
# thuiszitters, thuiszitter_register, long_absence, long_absence_register,
# watch_list, quarterly_report (NaN: missing in that run, not drawn).
set terminal pngcairo size 1400,560 font ",10" noenhanced
set output outfile
set datafile missing "NaN"
# The x range from the sizes, and the targets drawn as lines, so that a panel
# whose functions were all missing in the run still draws (with the target).
stats datafile using 1 nooutput
set xrange [0:STATS_max * 1.05]
set yrange [0:*]
set multiplot layout 1,2 title "attendance: cost against region size (same run, same cluster)"
set key top left
set grid
set xlabel "pupils in the region"
set format x "%.0f"
set ylabel "ms (median of the timed runs)"
set title "registers, watch list, quarterly report (target < 1000 ms each)"
plot 1000 with lines dt 2 lc rgb "red" title "target 1000 ms", \
     datafile using 1:4 with linespoints title "thuiszitters(as_of)", \
     '' using 1:5 with linespoints title "thuiszitter_register", \
     '' using 1:6 with linespoints title "long_absence(as_of)", \
     '' using 1:7 with linespoints title "long_absence_register", \
     '' using 1:8 with linespoints title "watch_list(as_of)", \
     '' using 1:9 with linespoints title "quarterly_report(y, q)"
set ylabel "seconds"
set title "daily evaluate(as_of) of all pupils (target < 60 s at 100k); load through the triggers"
plot 60 with lines dt 2 lc rgb "red" title "target 60 s (100k)", \
     datafile using 1:3 with linespoints title "evaluate(next day)", \
     '' using 1:2 with linespoints title "load of the region (all phases)"
unset multiplot

# casualty.lex — words that report people killed or hurt, for casualty counts.
#
# phrase<TAB>type=killed|injured|both|abducted[<TAB>dir=before|after|both]
#
# type: what a number attached to the word counts ("both" = casualties in
#       general: used for "no casualties", which sets both counts to 0).
# dir:  where the number is looked for.  before: "12 people were killed";
#       after: "killing 12", "the death toll rose to 30"; both (default).
# after_verb: yes for phrases that follow a verb and its object ("stabbed
#       three people to death"); not counted after "sentenced", "scared".
kill	type=killed
killing	type=killed	dir=after
dead	type=killed
die	type=killed	dir=before
death	type=killed
death toll	type=killed	dir=after
toll	type=killed	dir=after
fatality	type=killed
slay	type=killed
slain	type=killed
life	type=killed	dir=before
life of	type=killed	dir=after
martyr	type=killed	dir=before
body	type=killed	dir=both
to death	type=killed	dir=before	after_verb=yes
massacre	type=killed	dir=after
behead	type=killed
murder	type=killed
execute	type=killed
shot dead	type=killed
shoot dead	type=killed
lose their life	type=killed	dir=before
wound	type=injured
injure	type=injured
injury	type=injured
hurt	type=injured
casualty	type=both
abduct	type=abducted
kidnap	type=abducted

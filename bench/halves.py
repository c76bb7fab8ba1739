"""Questions on the tuning and the checking half of ../shared/texts, and the default corpus dev sets, through
`Telusur.ask` (the public engine), in one run.

For each half of bench/texts-split.json: one index over every document of that half that has questions (one
course; the index folder is cached under bench/.cache/halves/ so reruns only ask), then every question of
../shared/texts/questions.jsonl and ../shared/texts/more/questions.jsonl whose document is in that half, and the
out-of-scope questions of more/out-of-scope.jsonl split by sha256(question): even -> tuning, odd -> checking.

    python bench/halves.py [--cache DIR] [--json] [--only tuning,checking,default,english,english2,team,team2,team3,team4,team5,team6,team7,team8,team9,team10,team11,team12,team13,team14,team15,team16,team17,team18,team19,team20,team21,team22,team23,team24,team25,team26,team27,team28,team29,team30,near] [--by-kind] [--misses]

--only english: the English dev set (bench/english-dev.jsonl: the tuning half's and the default corpus dev
questions asked in English, evidence unchanged) over the tuning half's and the default corpus's indexes, and the
English out-of-scope set (bench/english-out-of-scope.jsonl) over the index each of its questions names.
--only english2: the second English dev set (bench/english-dev-2.jsonl: English questions on tuning-half documents
written as an English-speaking student asks, in the writer's own words, not translated; and English out-of-scope
questions, some near a document's topic), written by helper 'english' on 2026-12-05 from the documents as telusur reads
them and committed before telusur was run on it. An open set from the start, scored as a team set (TEAM_SETS) over its
own index (the tuning half's questioned documents and its own), with the same rows.
--only team: the team question set (bench/team-questions.jsonl: questions the team wrote on tuning-half documents,
a quarter in English) over one index of the tuning half's questioned documents and the team set's (two of its
documents have no other questions), with rows by format (PDF/DOCX against HTML/Markdown/text), as the checking
half's PDFs are what it misses most. They are tuning documents: --misses lists them.
--only team2: the second team set (bench/team-questions-2.jsonl), a held-out fresh set written before telusur was
run on it, scored the same way over its own index (the tuning half's questioned documents and its own), with the
same rows and its out-of-scope questions; run it only when asked to (see its first line). --misses lists its misses
only when --only names team2.
--only team3: the third team set (bench/team-questions-3.jsonl), the held-out fresh set of the session of 2026-12-03,
written and committed before telusur was run on it, scored the same way over its own index, with the same rows; its
out-of-scope questions (off-topic and near a document's topic) count in its 'all' row. Only the lead runs it (see its
first line); --misses lists its misses only when --only names team3.
--only team4: the fourth team set (bench/team-questions-4.jsonl), a held-out fresh set written by helper 'fresh4' in the
session of 2026-12-03 from the tuning-half documents as telusur reads them, committed before telusur was run on it,
scored the same way over its own index, with the same rows; its out-of-scope questions (off-topic and near a document's
topic) count in its 'all' row. Only the lead runs it (see its first line); --misses lists its misses only when --only
names team4.
--only team5: the fifth team set (bench/team-questions-5.jsonl), a held-out fresh set written by helper 'fresh5' in the
session of 2026-12-03 (19:35 UTC) from the tuning-half documents as telusur reads them, committed before telusur was
run on it, scored the same way over its own index, with the same rows; its out-of-scope questions (off-topic and near
a document's topic) count in its 'all' row. Only the lead runs it (see its first line); --misses lists its misses only
when --only names team5.
--only team6: the sixth team set (bench/team-questions-6.jsonl), a held-out fresh set written by helper 'fresh6' in the
session of 2026-12-03/04 (22:50 UTC) from the tuning-half documents as telusur reads them, committed before telusur was
run on it, scored the same way over its own index, with the same rows; its out-of-scope questions (off-topic and near
a document's topic) count in its 'all' row. Only the lead runs it (see its first line); --misses lists its misses only
when --only names team6.
--only team7: the seventh team set (bench/team-questions-7.jsonl), a held-out fresh set written by helper 'fresh7' in the
session of 2026-12-04 (03:59 UTC) from the tuning-half documents as telusur reads them, committed before telusur was run
on it, scored the same way over its own index, with the same rows; its out-of-scope questions (off-topic and near a
document's topic) count in its 'all' row. Held out in three sessions (scored at 164eff5, 765d712 and 73d0b48), open for
tuning since 2026-12-04 13:50 UTC.
--only team8: the eighth team set (bench/team-questions-8.jsonl), a held-out fresh set written by helper 'fresh8' in the
session of 2026-12-04 (09:44 UTC) from the tuning-half documents as telusur reads them, committed before telusur was run
on it, scored the same way over its own index, with the same rows; its out-of-scope questions (off-topic and near a
document's topic) count in its 'all' row. Held out in two sessions (scored at 73d0b48 and aab72dc), open for tuning
since 2026-12-04 16:40 UTC.
--only team9: the ninth team set (bench/team-questions-9.jsonl), a held-out fresh set written by helper 'fresh9' in the
session of 2026-12-04 (13:46 UTC) from the tuning-half documents as telusur reads them, committed before telusur was run
on it, scored the same way over its own index, with the same rows; its out-of-scope questions (off-topic and near a
document's topic) count in its 'all' row. Held out in two sessions (scored at 007c7b6 and 6ec90fa), open for tuning
since 2026-12-04 19:20 UTC.
--only team10: the tenth team set (bench/team-questions-10.jsonl), a held-out fresh set written by helper 'fresh10' in
the session of 2026-12-04 (16:39 UTC) from the tuning-half documents as telusur reads them, committed before telusur was
run on it, scored the same way over its own index, with the same rows; its out-of-scope questions (off-topic and near a
document's topic) count in its 'all' row. Held out in two sessions (scored at ec0cc04 and c4faba0), open for tuning
since 2026-12-04 21:40 UTC.
--only team11: the eleventh team set (bench/team-questions-11.jsonl), a held-out fresh set written by helper 'fresh11'
in the session of 2026-12-04 (19:17 UTC) from the tuning-half documents as telusur reads them, committed before telusur
was run on it, scored the same way over its own index, with the same rows; its out-of-scope questions (off-topic and
near a document's topic) count in its 'all' row. Held out in two sessions (scored at c4faba0 and 3a668de), open for
tuning since 2026-12-05 00:30 UTC.
--only team12: the twelfth team set (bench/team-questions-12.jsonl), a held-out fresh set written by helper 'fresh12'
in the session of 2026-12-05 (00:31 UTC) from the tuning-half documents as telusur reads them, committed before telusur
was run on it, scored the same way over its own index, with the same rows; its out-of-scope questions (off-topic and
near a document's topic) count in its 'all' row. Held out in two sessions (scored at 01cebe3 and 1a45616), open for
tuning since 2026-12-05 05:35 UTC.
--only team13: the thirteenth team set (bench/team-questions-13.jsonl), a held-out fresh set written by helper 'fresh13'
in the session of 2026-12-05 (03:25 UTC) from the tuning-half documents as telusur reads them, first from the chunks no
earlier set had asked about, committed before telusur was run on it, scored the same way over its own index, with the
same rows; its out-of-scope questions (off-topic and near a document's topic) count in its 'all' row. Held out in two
sessions (scored at 1a45616 and 1756045), open for tuning since 2026-12-05 08:00 UTC.
--only team14: the fourteenth team set (bench/team-questions-14.jsonl), a held-out fresh set written by helper 'fresh14'
in the session of 2026-12-05 (05:30 UTC) from the tuning-half documents as telusur reads them, by team set 13's method
(first from the chunks and sentences no earlier set had asked about, then another fact of an asked passage), committed
before telusur was run on it, scored the same way over its own index, with the same rows; its out-of-scope questions
(off-topic and near a document's topic) count in its 'all' row. Held out in four sessions (scored at 1756045, 3f6d6f7,
65198dd and 3a22416), open for tuning since 2026-12-06 00:30 UTC.
--only team15: the fifteenth team set (bench/team-questions-15.jsonl), a held-out fresh set written by helper 'fresh15'
in the session of 2026-12-05 (18:22 UTC) from the tuning-half documents as telusur reads them, by team set 14's method
(first from the chunks and sentences no earlier set had asked about, then another fact of an asked passage; team set 14
compared by script only), committed before telusur was run on it, scored the same way over its own index, with the same
rows; its out-of-scope questions (off-topic and near a document's topic) count in its 'all' row. Held out in three
sessions (the helpers' judge in each; the lead's runs at 3a22416 and eded694), open for tuning since 2026-12-06 03:15 UTC.
--only team16: the sixteenth team set (bench/team-questions-16.jsonl), a held-out fresh set written by helper 'fresh16'
in the session of 2026-12-06 (00:15 UTC) from the tuning-half documents as telusur reads them, by team set 15's method
(first from the chunks and sentences no earlier set had asked about, then another fact of an asked passage; team set 15
compared by script only), committed before telusur was run on it, scored the same way over its own index, with the same
rows; its out-of-scope questions (off-topic and near a document's topic) count in its 'all' row. Held out in two
sessions (written in the first, the helpers' judge in the second; the lead's runs at eded694 and d1884d8), open for
tuning since 2026-12-06 06:20 UTC.
--only team17: the seventeenth team set (bench/team-questions-17.jsonl), a held-out fresh set written by helper
'fresh17' in the session of 2026-12-06 (03:10 UTC) from the tuning-half documents as telusur reads them, by team set
16's method (first from the chunks and sentences no earlier set had asked about, then another fact of an asked passage;
team set 16 compared by script only), committed before telusur was run on it, scored the same way over its own index,
with the same rows; its out-of-scope questions (off-topic and near a document's topic) count in its 'all' row. Held out
in two sessions (written in the first, the helpers' judge in the second; the lead's runs at caa3273 and 81f9370), open
for tuning since 2026-12-06 12:25 UTC (the session's JUDGE: scored, never fitted).
--only team18: the eighteenth team set (bench/team-questions-18.jsonl), a held-out fresh set written by helper
'fresh18' in the session of 2026-12-06 (12:21 UTC) from the tuning-half documents as telusur reads them, by a new method
(each question in the writer's own words before any earlier set's question on its document was looked at, so a fact an
earlier set asked may be asked again; then every draft that repeats an earlier question or shares half its content
words with an earlier question on its document was dropped by script), committed before telusur was run on it, scored
the same way over its own index, with the same rows; its out-of-scope questions (off-topic and near a document's topic)
count in its 'all' row. Held out in one session (written in it, the lead's runs at ad21435 and 57210b6), open for
tuning since 2026-12-06 15:25 UTC (the session's JUDGE: scored, never fitted).
--only team19: the nineteenth team set (bench/team-questions-19.jsonl), a held-out fresh set written by helper
'fresh19' in the session of 2026-12-06 (15:19 UTC) from the tuning-half documents as telusur reads them, by a new method
(the facts no earlier set asked: a script marked every sentence of the read text that an earlier question's evidence
overlaps, questions were drafted in students' own words from the free sentences only, and a draft that repeats an
earlier question, is a near-duplicate of one on its document (content-word Jaccard >= 0.5) or, judged on the nearest
earlier question, asks the same fact was dropped), committed before telusur was run on it, scored the same way over its
own index, with the same rows; its out-of-scope questions (off-topic and near a document's topic) count in its 'all'
row. Held out in one session (written in it, the lead's runs at 8bcf2cc, 95d532d and 8351fb1), open for tuning since
2026-12-06 18:30 UTC (the session's JUDGE: scored, never fitted).
--only team20: the twentieth team set (bench/team-questions-20.jsonl), a held-out fresh set written by helper
'fresh20' in the session of 2026-12-06 (18:28 UTC) on NEW documents nobody on the team had read: ten real Indonesian
course-type texts by outside authors found in the public GitHub index, kept in the team's fresh documents folder
../team/texts next to the repository (TEAM_TEXTS; never committed; its SOURCES.md lists each), named in the set's rows
as "team:FILE" (doc_path). Questions in students' own words (Indonesian chat, keyword queries, 15 in English), a draft
repeating an earlier team question dropped (content-word Jaccard >= 0.5); committed before telusur was run on it,
scored the same way over its own index (the tuning half's questioned documents, as distractors, and the ten), with the
same rows; its out-of-scope questions (off-topic and near a new document's topic) count in its 'all' row. Where
../team/texts is absent the run says so in one line and skips the set. Held out in one session (written in it, the
lead's runs at b370067 and 0cf7dc3), open for tuning since 2026-12-06 21:35 UTC (the session's JUDGE: scored, never
fitted).
--only team21: the twenty-first team set (bench/team-questions-21.jsonl), a held-out fresh set written by helper
'fresh21' in the session of 2026-12-06 (21:35 UTC) on NEW documents nobody on the team had read, by team set 20's
method: ten real Indonesian course-type texts by outside authors (disciplines the earlier sets have few of: law,
engineering, accounting, statistics, history, agriculture...; an HTML page beside Markdown) found in the public GitHub
index, kept in their own folder ../team/texts21 next to the repository (never committed; its SOURCES.md lists each),
named in the set's rows as "team:texts21/FILE" (doc_path: a name with a folder resolves under ../team, a bare one
under ../team/texts as team set 20's). Questions in students' own words (Indonesian chat, keyword queries, ~15 in
English), a draft repeating an earlier team question dropped (content-word Jaccard >= 0.5); committed before telusur
was run on it, scored the same way over its own index (the tuning half's questioned documents, as distractors, and the
ten), with the same rows; its out-of-scope questions (off-topic and near a new document's topic) count in its 'all'
row. Where ../team/texts21 is absent the run says so in one line and skips the set. Held out in one session (written
in it, the lead's runs at a7108e3 and 5b2f858), open for tuning since 2026-12-07 01:30 UTC (the session's JUDGE:
scored, never fitted; its ten documents restored from the index that session: bench/team-texts/texts21.jsonl).
--only team22: the twenty-second team set (bench/team-questions-22.jsonl), a held-out fresh set written by helper
'fresh22' in the session of 2026-12-07 (01:02 UTC) on NEW documents nobody on the team had read, by team set 21's
method: ten real Indonesian course-type texts by outside authors (disciplines the earlier sets have few of: economics,
sociology, management, physics, fisheries, orthography, clinical psychology, hadith studies, dengue, forestry; a
.markdown post in HTML tags and a CR LF file beside Markdown) found in the public GitHub index, kept in their own folder
../team/texts22 next to the repository (never committed; its SOURCES.md lists each, bench/team-texts/texts22.jsonl
restores them), named in the set's rows as "team:texts22/FILE" (doc_path). Questions in students' own words
(Indonesian chat, keyword queries, 15 in English), a draft repeating an earlier team question dropped (content-word
Jaccard >= 0.5); committed before telusur was run on it, scored the same way over its own index (the tuning half's
questioned documents, as distractors, and the ten), with the same rows; its out-of-scope questions (off-topic and near
a new document's topic) count in its 'all' row. Where ../team/texts22 is absent the run says so in one line and skips
the set. Held out in one session (written in it, the lead's runs at 179c79d and 964c361), open for tuning since
2026-12-07 04:15 UTC (the session's JUDGE: scored, never fitted).
--only team23: the twenty-third team set (bench/team-questions-23.jsonl), a held-out fresh set written by helper
'fresh23' in the session of 2026-12-07 (04:14 UTC) on NEW documents nobody on the team had read, by team set 22's
method: ten real Indonesian course-type texts by outside authors (disciplines the earlier sets have few of: political
science, archaeology, philosophy, architecture, marketing, Indonesian language, nutrition, chemistry, hypertension,
paleoanthropology; four HTML pages (three .php files holding HTML and a Blade template, saved as .html) and a CR LF
file beside Markdown) found in the public GitHub index, kept in their own folder ../team/texts23 next to the repository
(never committed; its SOURCES.md lists each, bench/team-texts/texts23.jsonl restores them), named in the set's rows as
"team:texts23/FILE" (doc_path). Questions in students' own words (Indonesian chat, keyword queries, 15 in English), a
draft repeating an earlier team question dropped (content-word Jaccard >= 0.5); committed before telusur was run on it,
scored the same way over its own index (the tuning half's questioned documents, as distractors, and the ten), with the
same rows; its out-of-scope questions (off-topic and near a new document's topic) count in its 'all' row. Where
../team/texts23 is absent the run says so in one line and skips the set. Held out in one session (written in it, the
lead's runs at 1ea3d83 and 3411b09/ab32c38), open for tuning since 2026-12-07 07:20 UTC (the session's JUDGE: scored,
never fitted).
--only team24: the twenty-fourth team set (bench/team-questions-24.jsonl), a held-out fresh set written by helper
'fresh24' in the session of 2026-12-07 (07:14 UTC) on NEW documents nobody on the team had read, by team set 23's
method: ten real Indonesian course-type texts by outside authors (disciplines the earlier sets have few of: biology,
physical education, agriculture, astronomy, animal husbandry, journalism, geology, sports, economics, and a second
astronomy page from another angle; five HTML pages (three .php files holding HTML, one of them with CR LF line ends,
and two Blade templates, saved as .html), four Markdown files and a JavaScript data file saved as .txt) found in the
public GitHub index, kept in their own folder ../team/texts24 next to the repository (never committed; its SOURCES.md
lists each, bench/team-texts/texts24.jsonl restores them), named in the set's rows as "team:texts24/FILE" (doc_path).
Questions in students' own words (Indonesian chat, keyword queries, 15 in English), a draft repeating an earlier
question dropped (content-word Jaccard >= 0.5); committed before telusur was run on it, scored the same way over its
own index (the tuning half's questioned documents, as distractors, and the ten), with the same rows; its out-of-scope
questions (off-topic and near a new document's topic) count in its 'all' row. Where ../team/texts24 is absent the run
says so in one line and skips the set. Held out in one session (written in it, the lead's runs at f0f25c3, f18e600
and b34e6b8), open for tuning since 2026-12-07 10:25 UTC (the session's JUDGE: scored, never fitted).
--only team25: the twenty-fifth team set (bench/team-questions-25.jsonl), a held-out fresh set written by helper
'fresh25' in the session of 2026-12-07 (10:24 UTC) on NEW documents nobody on the team had read, by team set 24's
method: ten real Indonesian course-type texts by outside authors (disciplines the earlier sets have few of: fisheries,
regional history (two regencies, from different places), law procedure, music, first aid, architecture, dance, tourism
and chemistry; seven HTML files (three Blade templates, three .php files holding HTML, one of them with CR LF line ends,
and a React JSX component, saved as .html), two Markdown files and a JavaScript data file saved as .txt) found in the
public GitHub index, kept in their own folder ../team/texts25 next to the repository (never committed; its SOURCES.md
lists each, bench/team-texts/texts25.jsonl restores them), named in the set's rows as "team:texts25/FILE" (doc_path).
Questions in students' own words (Indonesian chat, keyword queries, 15 in English), a draft repeating an earlier
question dropped (content-word Jaccard >= 0.5); committed before telusur was run on it, scored the same way over its
own index (the tuning half's questioned documents, as distractors, and the ten), with the same rows; its out-of-scope
questions (off-topic and near a new document's topic) count in its 'all' row. Where ../team/texts25 is absent the run
says so in one line and skips the set. Held out in one session (written in it, the lead's runs at ffe0225 and
ef281d4), open for tuning since 2026-12-07 13:25 UTC (the session's JUDGE: scored, never fitted).
--only team26: the twenty-sixth team set (bench/team-questions-26.jsonl), a held-out fresh set written by helper
'fresh26' in the session of 2026-12-07 (13:22 UTC) on NEW documents nobody on the team had read, by team set 25's
method: ten real Indonesian course-type texts by outside authors (disciplines the earlier sets have few or none of:
photography (two texts, from different angles), veterinary medicine, veterinary public health and animal-health law,
automotive engineering, tailoring, textile crafts, midwifery, marine biology and building construction; eight HTML
files (two Blade templates, a React JSX component and five .php files holding HTML, two of them CodeIgniter views, one
pasted from a PDF with a running page footer, all saved as .html) and two Markdown files (an Octopress post with Liquid
tags, an MkDocs page with unfenced metadata lines)) found in the public GitHub index, kept in their own folder
../team/texts26 next to the repository (never committed; its SOURCES.md lists each, bench/team-texts/texts26.jsonl
restores them), named in the set's rows as "team:texts26/FILE" (doc_path). Questions in students' own words
(Indonesian chat, keyword queries, 15 in English), a draft repeating an earlier question dropped (content-word Jaccard
>= 0.5); committed before telusur was run on it, scored the same way over its own index (the tuning half's questioned
documents, as distractors, and the ten), with the same rows; its out-of-scope questions (off-topic and near a new
document's topic) count in its 'all' row. Where ../team/texts26 is absent the run says so in one line and skips the
set. Held out in one session (written in it, the lead's runs at 73022db and c8c8ee3), open for tuning since
2026-12-07 16:35 UTC (the session's JUDGE: scored, never fitted).
--only team27: the twenty-seventh team set (bench/team-questions-27.jsonl), a held-out fresh set written by helper
'fresh27' in the session of 2026-12-07 (16:27 UTC) on NEW documents nobody on the team had read, by team set 26's
method: ten real Indonesian course-type texts by outside authors (disciplines none of the earlier folders has:
hydrology, dentistry, occupational safety and health, basic electrical engineering, culinary arts, sports coaching,
taxation, environmental impact assessment in mining, auditing and graphic design; all ten Markdown this time, none
HTML, from different generators and hands: a course-module page with LaTeX math, a project's info page, a student's
lecture notes with a pipe table, a README with $$ blocks, two Hugo posts (one of 22,753 characters read in two pages),
terse '-'/'+' notes, an Eleventy-style post with hard-wrapped statute lines and Liquid tags, a Jekyll post with bold
paragraphs as headings, an Astro content post) found in the public GitHub index, kept in their own folder
../team/texts27 next to the repository (never committed; its SOURCES.md lists each, bench/team-texts/texts27.jsonl
restores them), named in the set's rows as "team:texts27/FILE" (doc_path). Questions in students' own words
(Indonesian chat, keyword queries, 15 in English), a draft repeating an earlier question dropped (content-word Jaccard
>= 0.5); committed before telusur was run on it, scored the same way over its own index (the tuning half's questioned
documents, as distractors, and the ten), with the same rows; its out-of-scope questions (off-topic and near a new
document's topic) count in its 'all' row. Where ../team/texts27 is absent the run says so in one line and skips the
set. Held out in one session (written in it, the lead's runs at fc68093 and d1013636), open for tuning since
2026-12-07 19:10 UTC (the session's JUDGE: scored, never fitted).
--only team28: the twenty-eighth team set (bench/team-questions-28.jsonl), a held-out fresh set written by helper
'fresh28' in the session of 2026-12-07 (19:04 UTC) on NEW documents nobody on the team had read, by team set 27's
method: ten real Indonesian course-type texts by outside authors (disciplines none of the earlier folders has:
engineering mathematics (complex variables), pharmacology, meteorology, remote sensing, digital forensics, ecology,
microbiology, archival science, cosmetology and Javanese script; formats the earlier sets barely tested: a LaTeX
lecture note with custom environments, a Jupyter notebook whose lesson is in code-cell comments, five HTML pages in
.php files (terms and explanations in separate columns, a retention table, doubled <p> openers, text hard-wrapped
inside tab-indented <p>, a fragment pasted from a PDF with words run together beside audio tiles and a jQuery script)
and three Markdown files (a Jekyll/Chirpy post, a Jekyll post, a Streamlit app's page)) found in the public GitHub
index, kept in their own folder ../team/texts28 next to the repository (never committed; its SOURCES.md lists each,
bench/team-texts/texts28.jsonl restores them), named in the set's rows as "team:texts28/FILE" (doc_path). Questions in
students' own words (Indonesian chat, keyword queries, 15 in English), a draft repeating an earlier question dropped
(content-word Jaccard >= 0.5); committed before telusur was run on it, scored the same way over its own index (the
tuning half's questioned documents, as distractors, and the ten), with the same rows; its out-of-scope questions
(off-topic and near a new document's topic) count in its 'all' row. Where ../team/texts28 is absent the run says so
in one line and skips the set. Held out in one session (written in it, the lead's runs at 190e566 and 21102122), open
for tuning since 2026-12-07 21:45 UTC (the session's JUDGE: scored, never fitted).
--only team29: the twenty-ninth team set (bench/team-questions-29.jsonl), a held-out fresh set written by helper
'fresh29' in the session of 2026-12-07 (21:41 UTC) on NEW documents nobody on the team had read, by team set 28's
method: ten real Indonesian course-type texts by outside authors (disciplines none of the earlier folders has:
oceanography (numerical ocean modelling), animation, telecommunications (antennas), Islamic astronomy (ilmu falak),
actuarial science, naval architecture, petroleum engineering, surveying, demography and Arabic language; layouts the
earlier sets barely tested: a team README whose equations are only images, a lab-module chapter with HTML figure
blocks, a Jekyll post with an HTML table and <sub>/<sup> formulas among runs of blank lines, a blog article ending in
a code block, three sample documents pasted into one file, a Jekyll page whose numbers are Liquid placeholders, a
project README of short lists, an Eleventy page that is all HTML, a VuePress page with a container and Vue components
(nine Markdown files) and a Laravel Blade page saved as .html with text hard-wrapped inside <p> and Arabic spans)
found in the public GitHub index, kept in their own folder ../team/texts29 next to the repository (never committed;
its SOURCES.md lists each, bench/team-texts/texts29.jsonl restores them), named in the set's rows as
"team:texts29/FILE" (doc_path). Questions in students' own words (Indonesian chat, keyword queries, 15 in English), a
draft repeating an earlier question dropped (content-word Jaccard >= 0.5); committed before telusur was run on it,
scored the same way over its own index (the tuning half's questioned documents, as distractors, and the ten), with
the same rows; its out-of-scope questions (off-topic and near a new document's topic) count in its 'all' row. Where
../team/texts29 is absent the run says so in one line and skips the set. Held out in one session (written in it, the
lead's runs at a973b5d and 2d5e783), open for tuning since 2026-12-08 00:49 UTC (the session's JUDGE: scored, never
fitted).
--only team30: the thirtieth team set (bench/team-questions-30.jsonl), a held-out fresh set written by helper
'fresh30' in the session of 2026-12-08 (00:50 UTC) on NEW documents nobody on the team had read, by team set 29's
method: ten real Indonesian course-type texts by outside authors (disciplines none of the earlier folders has:
ophthalmology/optometry (myopia), cooperative studies, Japanese language, renewable energy (photovoltaics), guidance
and counselling, molecular genetics (genetic markers in aquaculture breeding), scouting, sign language (BISINDO), human
anatomy and physiology and Mandarin Chinese (Pinyin); layouts the earlier sets barely tested: seven HTML pages taken
from server-side views and saved as .html (a Laravel Blade component fragment ending in a <style> block, a Blade view
with text hard-wrapped inside <p>, two CodeIgniter 4 views with <?= ?> short tags, one a whole article in a single <p>
split by <br>, a PHP include laid out in a one-cell <table> with lists nested in <p>, a PHP page of Bootstrap collapse
cards mixing romaji, kana and translations, a PHP page of accordion panels with &nbsp; spacers and space-aligned
lines) and three Markdown files (a README that is plain text with bullet characters and arrows, a Jekyll
just-the-docs page with HTML header blocks, figures and a seven-column table, an Astro blog post with bold-label
bullets)) found in the public GitHub index, kept in their own folder ../team/texts30 next to the repository (never
committed; its SOURCES.md lists each, bench/team-texts/texts30.jsonl restores them), named in the set's rows as
"team:texts30/FILE" (doc_path). Questions in students' own words (Indonesian chat, keyword queries, 15 in English),
content-word Jaccard < 0.5 against every earlier question; committed before telusur was run on it, scored the same way
over its own index (the tuning half's questioned documents, as distractors, and the ten), with the same rows; its
out-of-scope questions (off-topic and near a new document's topic) count in its 'all' row. Where ../team/texts30 is
absent the run says so in one line and skips the set. Only the lead runs it (see its first line); --misses lists its
misses only when it is open.
--only near: questions near the tuning half's documents that none of them answers (bench/near-out-of-scope.jsonl and
tests/data/texts/out-of-scope.jsonl: another ratio, a dose, a price, a neighbouring term), each set over an index of
the tuning-half documents it was checked against (near_docs): the share declined.

Scoring: a passage is a hit when it contains the evidence, both read the way ../shared/texts/check.py reads a
document (backslash escapes and Markdown emphasis dropped), lower-cased, quotes straightened, white space
collapsed (the rule of telusur.evaluation.fold). "in answer": the evidence inside the answer's sentences (evidence
written as a table's row, "S1 | 25 | 25", when its cells stand there in order: the answer says a row with its
columns' names, said_in). A declined question is never a hit. "in index": the evidence lies inside some passage of
the index at all (the ceiling of hit@k for that set); "in index by letters": the same on letters and digits only
(NFKC), so that an evidence string the reader typeset differently (a note mark "¹" for "1", a dash, a space) still
counts: the gap between the two is text written differently, the rest is text lost or cut apart.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import sys
import time
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
TEXTS = SHARED / "texts"
# The team's fresh documents (team set 20 on): real texts nobody on the team had read when a set was written, kept next
# to the repository like ../shared and never committed; a set's row names one as "team:FILE" (team set 20's folder,
# TEAM_TEXTS) or "team:FOLDER/FILE" (a later set's own folder under TEAM_ROOT, e.g. "team:texts21/x.html"; doc_path).
TEAM_ROOT = REPO.parent / "team"
TEAM_TEXTS = TEAM_ROOT / "texts"
TEAM_DOC = "team:"
SPLIT = REPO / "bench" / "texts-split.json"
ENGLISH_DEV = REPO / "bench" / "english-dev.jsonl"
ENGLISH_OOS = REPO / "bench" / "english-out-of-scope.jsonl"
TEAM = REPO / "bench" / "team-questions.jsonl"
NEAR = (REPO / "bench" / "near-out-of-scope.jsonl", REPO / "tests" / "data" / "texts" / "out-of-scope.jsonl")
TEAM_SETS = {"team": (TEAM, "team set"), "team2": (REPO / "bench" / "team-questions-2.jsonl", "team set 2"),
             "team3": (REPO / "bench" / "team-questions-3.jsonl", "team set 3"),
             "team4": (REPO / "bench" / "team-questions-4.jsonl", "team set 4"),
             "team5": (REPO / "bench" / "team-questions-5.jsonl", "team set 5"),
             "team6": (REPO / "bench" / "team-questions-6.jsonl", "team set 6"),
             "team7": (REPO / "bench" / "team-questions-7.jsonl", "team set 7"),
             "team8": (REPO / "bench" / "team-questions-8.jsonl", "team set 8"),
             "team9": (REPO / "bench" / "team-questions-9.jsonl", "team set 9"),
             "team10": (REPO / "bench" / "team-questions-10.jsonl", "team set 10"),
             "team11": (REPO / "bench" / "team-questions-11.jsonl", "team set 11"),
             "english2": (REPO / "bench" / "english-dev-2.jsonl", "English dev 2"),
             "team12": (REPO / "bench" / "team-questions-12.jsonl", "team set 12"),
             "team13": (REPO / "bench" / "team-questions-13.jsonl", "team set 13"),
             "team14": (REPO / "bench" / "team-questions-14.jsonl", "team set 14"),
             "team15": (REPO / "bench" / "team-questions-15.jsonl", "team set 15"),
             "team16": (REPO / "bench" / "team-questions-16.jsonl", "team set 16"),
             "team17": (REPO / "bench" / "team-questions-17.jsonl", "team set 17"),
             "team18": (REPO / "bench" / "team-questions-18.jsonl", "team set 18"),
             "team19": (REPO / "bench" / "team-questions-19.jsonl", "team set 19"),
             "team20": (REPO / "bench" / "team-questions-20.jsonl", "team set 20"),
             "team21": (REPO / "bench" / "team-questions-21.jsonl", "team set 21"),
             "team22": (REPO / "bench" / "team-questions-22.jsonl", "team set 22"),
             "team23": (REPO / "bench" / "team-questions-23.jsonl", "team set 23"),
             "team24": (REPO / "bench" / "team-questions-24.jsonl", "team set 24"),
             "team25": (REPO / "bench" / "team-questions-25.jsonl", "team set 25"),
             "team26": (REPO / "bench" / "team-questions-26.jsonl", "team set 26"),
             "team27": (REPO / "bench" / "team-questions-27.jsonl", "team set 27"),
             "team28": (REPO / "bench" / "team-questions-28.jsonl", "team set 28"),
             "team29": (REPO / "bench" / "team-questions-29.jsonl", "team set 29"),
             "team30": (REPO / "bench" / "team-questions-30.jsonl", "team set 30")}
# The sets anyone may tune on and read question by question: an allow-list, so a set added to TEAM_SETS is held out
# until it is named here. The others (the checking half, the newest team sets) are run by the lead only, as aggregate
# rows; bench/ask_same.py and bench/answer_sentences.py read this list, and --misses lists open sets only.
OPEN_SETS = ("tuning", "default", "english", "english2", "near", "team", "team2", "team3", "team4", "team5", "team6",
             "team7", "team8", "team9", "team10", "team11", "team12", "team13", "team14", "team15",
             "team16", "team17", "team18", "team19", "team20", "team21", "team22", "team23", "team24", "team25",
             "team26", "team27", "team28", "team29")
# The open set the session judges its changes on (the one opened last): scored once per finished candidate, after the
# choice, and never fitted on (bench/abstention.py leaves it out); the lead names the next one on opening it.
JUDGE = "team29"
CACHE = REPO / "bench" / ".cache" / "halves"


def held_out(names, fitting: bool = False) -> str:
    """What to say when some of `names` are not open sets ("" when all are): the one check every bench script that
    fits on or compares question by question makes before it reads a set. A script that fits on a set, or scores it fit
    after fit, passes fitting=True: the session's JUDGE is then refused too (it is scored once per candidate, through
    bench/halves.py)."""
    held = [n for n in names if n not in OPEN_SETS]
    if held:
        return (f"not an open set: {', '.join(held)} (the checking half and the team sets not in bench/halves.py "
                "OPEN_SETS are held out; only the lead scores them, through bench/halves.py)")
    if fitting and JUDGE in names:
        return (f"{JUDGE} is this session's judge (bench/halves.py JUDGE): score a finished candidate on it once "
                "through bench/halves.py; never fit on it")
    return ""
_ENGLISH = frozenset("what which who whom whose why how when where is are was were do does did the".split())


def reader_fold(text: str) -> str:
    """check.py's reader_text (escapes and emphasis dropped), then case, quotes and white space folded."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|>])", r"\1", text)
    text = text.replace("**", "").replace("*", "")
    text = text.translate(str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'"}))
    return re.sub(r"\s+", " ", text).strip().lower()


def letters(text: str) -> str:
    """Letters and digits only (NFKC, lower case): the evidence's words, however the reader typeset them."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).lower() if ch.isalnum())


def said_in(evidence: str, answer: str) -> bool:
    """The evidence inside the answer (both folded); evidence written as a table's row ("s1 | 25 | 25") counts when
    its cells stand in the answer in that order, as the answer says a row with its columns' names ("pendidikan: s1; n:
    25; (%): 25"): a raw row could never be found in it."""
    if evidence in answer:
        return True
    cells = [c.strip() for c in evidence.split(" | ")]
    if len(cells) < 2 or not all(cells):
        return False
    at = 0
    for cell in cells:
        found = re.search(rf"(?<![\w.,]){re.escape(cell)}(?![\w]|[.,]\d)", answer[at:])
        if not found:
            return False
        at += found.end()
    return True


def load(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as lines:
        return [json.loads(x) for x in lines if x.strip()]


def is_english(question: str) -> bool:
    words = re.findall(r"[a-z]+", question.lower())
    return len(set(words) & _ENGLISH) >= 1 and not set(words) & {"apa", "yang", "dan", "bagaimana", "siapa"}


def half_questions() -> dict[str, dict]:
    """{half: {"docs": [relative paths], "questions": [...], "out_of_scope": [...]}}; each question gets "set"."""
    split = json.loads(SPLIT.read_text(encoding="utf-8"))
    questions = [dict(q, doc=q["doc"], set="texts") for q in load(TEXTS / "questions.jsonl")]
    questions += [dict(q, doc="more/" + q["doc"], set="more") for q in load(TEXTS / "more" / "questions.jsonl")]
    oos = load(TEXTS / "more" / "out-of-scope.jsonl")
    out = {}
    for parity, half in enumerate(("tuning", "checking")):
        members = set(split[half])
        asked = [q for q in questions if q["doc"] in members]
        out[half] = {
            "docs": sorted({q["doc"] for q in asked}),
            "questions": asked,
            "out_of_scope": [q for q in oos if int(hashlib.sha256(q["question"].encode("utf-8")).hexdigest(), 16) % 2 == parity],
        }
    return out


def team_questions(name: str = "team") -> list[dict]:
    """A team set's questions (its first line says how it was made), each with set=name; an out-of-scope one has no
    doc and no evidence."""
    return [dict(q, set=name) for q in load(TEAM_SETS[name][0]) if "question" in q]


def doc_path(doc: str) -> Path:
    """Where a question's document lies: "team:FILE" in the team's first fresh documents folder (TEAM_TEXTS, team set
    20's), "team:FOLDER/FILE" in that folder of ../team (TEAM_ROOT: each later set keeps its own), any other name under
    ../shared/texts (TEXTS)."""
    if doc.startswith(TEAM_DOC):
        name = doc[len(TEAM_DOC):]
        return TEAM_ROOT / name if "/" in name else TEAM_TEXTS / name
    return TEXTS / doc


def team_doc_folder(doc: str) -> str:
    """The folder a "team:" document needs, as a run names it: "../team/texts" or "../team/FOLDER"."""
    name = doc[len(TEAM_DOC):]
    return "../team/" + (name.rsplit("/", 1)[0] if "/" in name else TEAM_TEXTS.name)


def missing_documents(name: str) -> str:
    """"" when every document a team set names is here; else one line saying what the set needs (a set on the team's
    fresh documents needs its folder under ../team, e.g. ../team/texts21, which a fresh clone does not have)."""
    absent = sorted({q["doc"] for q in team_questions(name) if q.get("doc") and not doc_path(q["doc"]).is_file()})
    if not absent:
        return ""
    team = [d for d in absent if d.startswith(TEAM_DOC)]
    where = team_doc_folder(team[0]) if team else "../shared/texts"
    restore = "; python bench/team_texts.py says how to restore them" if team else ""
    return (f"{TEAM_SETS[name][1]} needs {where} ({len(absent)} of its documents are not at {doc_path(absent[0]).parent}"
            f"{restore}): skipped")


def team_docs(plan: dict, name: str = "team") -> list[str]:
    """A team set's index documents: the tuning half's questioned ones and the set's own."""
    return sorted(set(plan["docs"]) | {q["doc"] for q in team_questions(name) if q.get("doc")})


def open_engine(corpus: Path, index: Path):
    """Build (once; the cached folder makes a rerun only a freshness check) and open the engine."""
    from telusur.engine import Telusur, build
    from telusur.settings import Settings

    settings = Settings(corpus=corpus, index=index, embedding_cache=shared_vectors(index))
    t0 = time.perf_counter()
    build(settings)
    engine = Telusur(settings)
    return engine, time.perf_counter() - t0


def shared_vectors(index: Path) -> Path:
    """The embedding cache of every index folder under one --cache dir (CACHE/NAME/index: CACHE/embeddings): the
    folders share most documents, each encoded once (a new machine's first run: ~30 min with a cache per folder)."""
    return index.parent.parent / "embeddings"


def half_corpus(folder: Path, docs: list[str]) -> Path:
    """A corpus folder of symbolic links to the half's documents (the shared texts are never copied)."""
    corpus = folder / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    wanted = {doc_path(d).name: doc_path(d) for d in docs}
    for old in corpus.iterdir():
        if old.name not in wanted:
            old.unlink()
    for name, target in wanted.items():
        link = corpus / name
        if link.is_symlink() and link.readlink() != target:  # a link into a tree since deleted dangles: point anew
            link.unlink()
        if not link.is_symlink():
            link.symlink_to(target)
    return corpus


def ask_all(engine, cases: list[dict]) -> list[dict]:
    """One record per case: rank of the first passage with the evidence (None: none or declined), and more."""
    passages = [reader_fold(c.text) for c in engine.index.chunks]
    passage_letters = [letters(c.text) for c in engine.index.chunks]
    out = []
    for case in cases:
        turns = case.get("turns") or [case["question"]]
        evidence = case.get("evidence")
        evidence = [] if evidence is None else [evidence] if isinstance(evidence, str) else evidence
        evidence = [reader_fold(e) for e in evidence]
        t0 = time.perf_counter()
        answer = engine.ask(turns[-1], turns[:-1], k=10)
        seconds = time.perf_counter() - t0
        record = {"question": turns[-1], "doc": case.get("doc"), "set": case.get("set"), "kind": case.get("kind"),
                  "declined": answer.abstained,
                  "confidence": answer.confidence, "seconds": seconds, "answerable": bool(evidence)}
        if evidence:
            rank = None if answer.abstained else next(
                (p.rank for p in answer.passages if any(e in reader_fold(p.text) for e in evidence)), None)
            shown = answer.related if answer.abstained else answer.passages
            record.update(
                rank=rank,
                seen_rank=next((p.rank for p in shown if any(e in reader_fold(p.text) for e in evidence)), None),
                in_answer=not answer.abstained and any(said_in(e, reader_fold(answer.answer)) for e in evidence),
                in_index=any(e in p for e in evidence for p in passages),
                in_index_letters=any(letters(e) in p for e in evidence for p in passage_letters),
                english=is_english(turns[-1]),
            )
        out.append(record)
    return out


def summary(records: list[dict]) -> dict:
    answerable = [r for r in records if r["answerable"]]
    oos = [r for r in records if not r["answerable"]]
    n = len(answerable)
    out = {"questions": n}
    if n:
        out.update({
            "hit@1": sum(r["rank"] == 1 for r in answerable) / n,
            "hit@3": sum(r["rank"] is not None and r["rank"] <= 3 for r in answerable) / n,
            "mrr@10": sum(1 / r["rank"] for r in answerable if r["rank"]) / n,
            "in_answer": sum(r["in_answer"] for r in answerable) / n,
            "declined": sum(r["declined"] for r in answerable),
            "in_index": sum(r["in_index"] for r in answerable),
            "in_index_letters": sum(r.get("in_index_letters", r["in_index"]) for r in answerable),
        })
    if oos:
        out.update({"out_of_scope": len(oos), "oos_declined": sum(r["declined"] for r in oos) / len(oos)})
    return out


def run_half(half: str, plan: dict, cache: Path) -> tuple[list[dict], float]:
    folder = cache / half
    corpus = half_corpus(folder, plan["docs"])
    engine, ready = open_engine(corpus, folder / "index")
    print(f"{half}: {len(plan['docs'])} documents, {len(engine.index.chunks)} passages, index ready in {ready:.0f} s",
          file=sys.stderr)
    records = ask_all(engine, plan["questions"]) + ask_all(engine, plan["out_of_scope"])
    for r in records:
        r["half"] = half
    return records, ready


def english_out_of_scope() -> list[dict]:
    """The English out-of-scope set (its first line says how it was made), each with set = the index it is asked over."""
    return [dict(q, set=q["corpus"]) for q in load(ENGLISH_OOS) if "question" in q]


def run_english(cache: Path, plan: dict) -> list[dict]:
    """The English dev set: its tuning-half questions over the tuning index, its default ones over the default's; the
    English out-of-scope set over the index each names."""
    cases = [q for q in load(ENGLISH_DEV) if "question" in q]  # the first line says how the set was made
    oos = english_out_of_scope()
    records = []
    for where, mine in (("tuning", [q for q in cases if q["set"] != "default"]),
                        ("default", [q for q in cases if q["set"] == "default"])):
        if where == "tuning":
            engine, _ = open_engine(half_corpus(cache / "tuning", plan["docs"]), cache / "tuning" / "index")
        else:
            engine, _ = open_engine(REPO / "corpus", cache / "default" / "index")
        mine = mine + [q for q in oos if q["set"] == where]
        for q, r in zip(mine, ask_all(engine, mine)):
            records.append(dict(r, half="english", set=q["set"], origin=q["origin"]))
    return records


_TEAM_ENGINES: dict[tuple, tuple] = {}


def team_folder(cache: Path, docs: list[str]) -> Path:
    """The index folder of a team set's documents, named by them: team sets over the same documents (sets 2-14 are all
    the tuning half's questioned documents and the same eight more) share one index instead of building it a set."""
    return cache / ("team-" + hashlib.sha256("\n".join(sorted(docs)).encode("utf-8")).hexdigest()[:12])


def team_engine(cache: Path, plan: dict, name: str = "team"):
    """(engine, seconds to build and open it) of a team set's index (the tuning half's questioned documents and the
    set's), opened once a run for all the sets over the same documents (0 seconds after the first)."""
    docs = team_docs(plan, name)
    key = (str(cache), tuple(docs))
    if key in _TEAM_ENGINES:
        return _TEAM_ENGINES[key][0], 0.0
    folder = team_folder(cache, docs)
    _TEAM_ENGINES[key] = open_engine(half_corpus(folder, docs), folder / "index")
    return _TEAM_ENGINES[key]


def run_team(cache: Path, plan: dict, name: str = "team") -> list[dict]:
    """A team set (TEAM_SETS) over its own index (team_engine)."""
    docs = team_docs(plan, name)
    engine, ready = team_engine(cache, plan, name)
    print(f"{name}: {len(docs)} documents, {len(engine.index.chunks)} passages, index ready in {ready:.0f} s",
          file=sys.stderr)
    return [dict(r, half=name, set=name) for r in ask_all(engine, team_questions(name))]


def near_out_of_scope() -> list[dict]:
    """Questions near the tuning half's documents that none of them answers (NEAR; each names the document it is
    near), each with set = its file's name."""
    return [dict(q, set=path.stem) for path in NEAR for q in load(path) if "question" in q]


def out_of_scope_over(questions: list[dict], docs) -> list[dict]:
    """The out-of-scope questions that stay out of scope over an index of these documents: a question written against
    a few texts can be answered by another ("Apa penyebab stunting pada anak?", tests/data/texts/out-of-scope.jsonl,
    by more/EsterGuru--stunting.html): its "answered_by" names the documents that answer it, and an index holding one
    of them leaves it out (it would teach a fit to decline a question the index answers)."""
    docs = set(docs)
    return [q for q in questions if not docs & set(q.get("answered_by", ()))]


def near_docs(name: str) -> list[str]:
    """The documents a near set's questions are out of scope of: bench/near-out-of-scope.jsonl was checked against
    every tuning-half document; tests/data/texts/out-of-scope.jsonl was written for the twelve questioned texts of the
    first folder, as tests/test_texts_quality.py asks it ("Apa penyebab stunting pada anak?" is answered by more/'s
    stunting text)."""
    if name == NEAR[0].stem:
        return sorted(json.loads(SPLIT.read_text(encoding="utf-8"))["tuning"])
    return sorted({q["doc"] for q in load(TEXTS / "questions.jsonl")})  # the twelve texts tests/test_texts_quality.py asks


def run_near(cache: Path) -> list[dict]:
    """The near out-of-scope sets, each over one index of the tuning-half documents it was checked against."""
    records = []
    for path in NEAR:
        docs = near_docs(path.stem)
        engine, ready = open_engine(half_corpus(cache / path.stem, docs), cache / path.stem / "index")
        print(f"{path.stem}: {len(docs)} documents, {len(engine.index.chunks)} passages, index ready in {ready:.0f} s",
              file=sys.stderr)
        cases = [q for q in near_out_of_scope() if q["set"] == path.stem]
        records += [dict(r, half="near", set=q["set"]) for q, r in zip(cases, ask_all(engine, cases))]
    return records


def is_paged(doc: str) -> bool:
    """A PDF or DOCX document (the formats the checking half misses most)."""
    return doc.lower().endswith((".pdf", ".docx"))


def run_default(cache: Path) -> list[dict]:
    engine, ready = open_engine(REPO / "corpus", cache / "default" / "index")
    print(f"default corpus: index ready in {ready:.0f} s", file=sys.stderr)
    records = []
    for name in ("questions-dev", "out-of-scope-dev", "conversations-dev"):
        for r in ask_all(engine, load(REPO / "tests" / "data" / "eval" / f"{name}.jsonl")):
            records.append(dict(r, set=name))
    return records


def rows(records: list[dict], by_kind: bool = False) -> list[tuple[str, dict]]:
    """The summary rows; by_kind: a team set's answerable questions also by the kind its writer gave each (team sets
    3 and later: definition, list, number, table, ...), a row a kind."""
    def pick(**kw):
        return [r for r in records if all(r.get(k) == v for k, v in kw.items())]

    out = []
    for half in ("tuning", "checking"):
        if pick(half=half):
            out.append((f"{half} half: all questions", summary([r for r in pick(half=half) if r["answerable"]])))
            out.append((f"{half} half: texts/ questions", summary(pick(half=half, set="texts"))))
            out.append((f"{half} half: more/ questions", summary(pick(half=half, set="more"))))
            out.append((f"{half} half: out-of-scope (more/)", summary([r for r in pick(half=half) if not r["answerable"]
                                                                       and r.get("set") is None])))
    more = [r for r in pick(set="more") if r.get("half") != "english"]
    if more:
        out.append(("more/ (both halves)", summary(more)))
        out.append(("more/ English questions", summary([r for r in more if r.get("english")])))
    for name in ("questions-dev", "out-of-scope-dev", "conversations-dev"):
        if pick(set=name):
            out.append((f"default corpus {name}", summary(pick(set=name))))
    for name, (_, label) in TEAM_SETS.items():
        team = pick(half=name)
        if team:
            asked = [r for r in team if r["answerable"]]
            out.append((f"{label}: all", summary(team)))
            out.append((f"{label}: PDF and DOCX", summary([r for r in asked if is_paged(r["doc"])])))
            out.append((f"{label}: HTML, Markdown, text", summary([r for r in asked if not is_paged(r["doc"])])))
            out.append((f"{label}: English questions", summary([r for r in asked if r.get("english")])))
            if by_kind:
                for kind in sorted({r["kind"] for r in asked if r.get("kind")}):
                    out.append((f"{label}: kind {kind}", summary([r for r in asked if r.get("kind") == kind])))
    for path in NEAR:
        if pick(half="near", set=path.stem):
            out.append((f"near out-of-scope ({path.relative_to(REPO)})", summary(pick(half="near", set=path.stem))))
    english = pick(half="english")
    if english:
        out.append(("English dev: all", summary(english)))
        for origin in ("translated", "asked in English"):
            out.append((f"English dev: {origin}", summary([r for r in english if r["origin"] == origin])))
        for name, label in (("texts", "tuning texts/"), ("more", "tuning more/"), ("default", "default corpus")):
            out.append((f"English dev: {label}", summary([r for r in english if r["set"] == name])))
        out.append(("English out-of-scope", summary([r for r in english if not r["answerable"]])))
    return out


def table(named: list[tuple[str, dict]]) -> str:
    lines = ["| set | n | hit@1 | hit@3 | MRR@10 | evidence in answer | answerable declined | in index | "
             "in index by letters | out-of-scope declined |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for name, s in named:
        if s.get("questions"):
            lines.append(f"| {name} | {s['questions']} | {s['hit@1']:.3f} | {s['hit@3']:.3f} | {s['mrr@10']:.3f} | "
                         f"{s['in_answer']:.3f} | {s['declined']} | {s['in_index']}/{s['questions']} | "
                         f"{s['in_index_letters']}/{s['questions']} | "
                         + (f"{s['oos_declined']:.2f} of {s['out_of_scope']}" if "out_of_scope" in s else "–") + " |")
        elif "out_of_scope" in s:
            lines.append(f"| {name} | {s['out_of_scope']} | – | – | – | – | – | – | – | {s['oos_declined']:.2f} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=CACHE, help="index folders kept between runs")
    parser.add_argument("--only", default="tuning,checking,default")
    parser.add_argument("--json", action="store_true", help="the summary rows and every question's record as JSON")
    parser.add_argument("--by-kind", action="store_true", help="a team set's rows also by the kind of question its "
                        "writer gave each (the widest gaps by kind: team sets 3-5's 24 table questions got 0.54 hit@1)")
    parser.add_argument("--misses", action="store_true", help="list the misses of the open sets --only names "
                        "(OPEN_SETS: never the checking half's or a held-out team set's)")
    args = parser.parse_args(argv)
    only = set(args.only.split(","))
    if args.misses and held_out(sorted(only)):
        # refused before anything is read: a held-out set's documents are not even indexed for a miss list
        print(f"--misses: {held_out(sorted(only))}; drop --misses to score it (the lead only)", file=sys.stderr)
        return 2
    plans = half_questions()
    t0 = time.perf_counter()
    records = []
    for half in ("tuning", "checking"):
        if half in only:
            records += run_half(half, plans[half], args.cache)[0]
    if "default" in only:
        records += run_default(args.cache)
    if "english" in only:
        records += run_english(args.cache, plans["tuning"])
    for name in TEAM_SETS:
        if name in only:
            missing = missing_documents(name)
            if missing:
                print(missing, file=sys.stderr)
                continue
            records += run_team(args.cache, plans["tuning"], name)
    if "near" in only:
        records += run_near(args.cache)
    named = rows(records, args.by_kind)
    load1 = os.getloadavg()[0]
    if args.json:
        print(json.dumps({"rows": dict(named), "records": records, "load": load1, "machine": platform.platform()},
                         ensure_ascii=False, indent=1))
    else:
        print(table(named))
        asks = [r["seconds"] for r in records]
        print(f"\n{len(records)} questions in {time.perf_counter() - t0:.0f} s (mean ask {sum(asks) / max(len(asks), 1):.2f} s); "
              f"load {load1:.1f}")
    if args.misses:
        for r in records:
            if r.get("half") in OPEN_SETS and r["answerable"] and r["rank"] != 1:
                print(f"  miss rank={r['rank']} seen={r['seen_rank']} declined={r['declined']} "
                      f"conf={r['confidence']:.2f} {r['half']} {r['doc'] or r['set']}: {r['question']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

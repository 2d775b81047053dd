<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>App</name>
    <message>
        <source>Senim could not open its database in {folder}. Check that the folder exists, is writable and is not used by another Senim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Your saved records are safe; the details were written to the log. If it happens again, restart Senim.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandmother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandfather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correctional-developmental session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>111 contact centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychological support centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social (exclusion, rumours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyberbullying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual harassment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property (damage, theft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extortion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corridor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canteen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toilets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sports ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggressor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 — Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 — Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 — Serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 — Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single hurtful remark, teasing or pushing; no harm done; stopped on the spot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated teasing, insults or exclusion; the pupil is upset; the class teacher and parents are told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systematic bullying, threats, cyberbullying or damaged property; the pupil is frightened or avoids school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injury, sexual harassment, extortion or a risk to life or health, including thoughts of self-harm; act at once and refer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters only; a hyphen, an apostrophe or a space may join parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pupil must be {min} to {max} years old today. Check the birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class is a grade from 0 to 11 and a capital letter, e.g. 7Ә or 10Б.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IIN is exactly 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 7th digit of an IIN (century and sex) must be from 1 to 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first six digits of an IIN must be a real birth date (YYMMDD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit does not match: there is a typo in this IIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This IIN is for a birth date of {birth_date}: check the IIN or the birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This IIN does not match the sex chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another pupil already has this IIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session that was held cannot be in the future. Mark it as planned or correct the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is too far in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration must be {min} to {max} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one pupil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pupil is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pupil chosen here no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No written parental consent for: {names}. Work without it is allowed only as an urgent crisis response; write why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one form of bullying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity is from 1 to 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the pupils involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every pupil a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one pupil must be the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number, e.g. +7 701 234 56 78.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pupil does not take part in the chosen record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the school&apos;s name in Kazakh or in Russian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record has been deleted or no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong and nothing was saved. Your text is still in the form; please try again. The details were written to the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

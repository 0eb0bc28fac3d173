import pytest

from assistant.query.questions import (
    AnswerType,
    also_done,
    asked_objects,
    asked_thing,
    asks_kit,
    asks_transport,
    expected_types,
    focus_terms,
    is_comparison,
    is_yes_no,
    is_yes_no_fr,
    listed_noun,
    named_terms,
    satisfies,
    says_kit,
    states,
    story_names,
    told_elsewhere,
    wants_steps,
    wants_unit,
)

T = AnswerType


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("What are the tuition fees for a master's degree?", {T.MONEY}),
        ("How much does an exchange cost?", {T.MONEY}),
        # The verb asks the sum, however long its subject.
        ("What does a ticket to watch the Fracas Bowl cost?", {T.MONEY}),
        ("What does the Funding Certificates desk charge for an original?", {T.MONEY}),
        # Asking whether one has the number of a person or a service asks for the number.
        ("Do you have the number of the person who coordinates the butterfly counts?", {T.PHONE}),
        ("Vous auriez le numéro de la personne qui coordonne les comptages ?", {T.PHONE}),
        ("Do you know the e-mail of the golf club?", {T.EMAIL}),
        ("What is the number of students per group?", {T.COUNT}),
        ("When was UNIMED founded?", {T.DATE}),
        ("What is the deadline for applications?", {T.DATE}),
        ("What is the phone number of the office?", {T.PHONE}),
        ("What is the email address of the department?", {T.EMAIL}),
        ("What is the postal address of the office?", {T.ADDRESS}),
        ("How many members does the EUA have?", {T.COUNT}),
        ("How long does a mobility last?", {T.DURATION}),
        ("Who is the president of the university?", {T.PERSON}),
        ("I missed the first info session. Is there another one coming up?", {T.DATE}),
        ("How big is a course group?", {T.COUNT}),
        ("How old do you have to be to paint on the murals?", {T.AGE}),
        ("What's the minimum age for the dig?", {T.AGE}),
        ("Les enfants peuvent venir à partir de quel âge ?", {T.AGE}),
        ("Who signs the agreement?", {T.AGENT}),
        ("What is the MUSE project?", set()),
        ("Is a partnership agreement binding?", set()),
        # A yes/no question is answered by "No. ... does not charge you", not by an amount.
        ("Do I have to pay tuition to my host university?", set()),
        # ...also after a clause that sets the scene ("If I go on secondment, ...").
        ("If I go on secondment to Canada, does UM keep paying my salary?", set()),
        ("For the ski trip, is renting skis included or do I pay extra?", set()),
        ("If I come from Japan, how much is the grant?", {T.MONEY}),
        # "who" describing a noun asks nothing; after "do you know" a wh-word asks.
        ("Will UM take any tax off the fee we pay to a lecturer who lives in Brazil?", set()),
        ("Do you know when the deadline is?", {T.DATE}),
        # Kinds of costs, listed by what covers them, are no sum.
        ("Which moving costs can the relocation allowance be used for?", set()),
        ("What expenses does the grant cover?", set()),
        ("Which fees do I pay?", {T.MONEY}),
        # The steps give their own dates: no sentence need state a date by itself.
        ("What do I have to do, and by when?", set()),
        ("What are the dates of the staff week?", {T.DATE}),
        ("What's the last day to register?", {T.DATE}),
        # …but the day the steps lead up to is no date asked.
        ("What are the steps before my first day on site?", set()),
        ("Who should I contact to set up a double degree?", {T.AGENT, T.CONTACT}),
        # Whom to see is asked by where to find them: a contact line answers.
        ("Where can I get someone to look over my file before I send it?", {T.CONTACT}),
    ],
)
def test_expected_types(question: str, kinds: set[AnswerType]) -> None:
    assert expected_types(question) == kinds


@pytest.mark.parametrize(
    ("kind", "sentence", "question", "holds"),
    [
        (T.MONEY, "Tuition is €243 per year.", "", True),
        (T.MONEY, "Tuition depends on the programme.", "", False),
        (T.DATE, "Founded in October 1991.", "", True),
        (T.DATE, "It promotes mobility.", "", False),
        (T.PHONE, "Call +33 4 67 41 74 00.", "", True),
        (T.EMAIL, "Write to dri@umontpellier.fr.", "", True),
        (T.DURATION, "dawn patrols | 6:00–8:00 | the beach", "How long does one patrol last?", True),
        (T.DURATION, "dawn patrols | 6:00–8:00 | the beach", "How long must I commit for?", False),
        (T.AGE, "To paint, you must be 18 or over.", "", True),
        (T.AGE, "The workshops are open from the age of 16.", "", True),
        (T.AGE, "UM students and staff, aged 16 or over.", "", True),
        (T.AGE, "Minors come with an adult.", "", True),
        (T.AGE, "Summers are over 40 degrees.", "", False),
        (T.AGE, "Registration runs from 15 June to 30 June.", "", False),
        (T.COUNT, "With over 850 members, the EUA...", "How many members does it have?", True),
        (T.COUNT, "It covers 47 European countries.", "How many countries does it cover?", True),
        (T.COUNT, "It covers 47 European countries.", "How many members does it have?", False),
        (T.COUNT, "The MUSE project is one of these winners.", "How many winners?", False),
        (T.PERSON, "At the UM, only the President is authorized to sign it.", "Who is the president?", False),
        (T.PERSON, "The office is led by Marie Curie.", "Who is the head of the office?", True),
        (T.PERSON, "Its head is Professor Marie Curie.", "Who is the head of the office?", True),
        (T.PERSON, 'The "Montpellier Université d\'Excellence" project.', "Who is the president?", False),
        (T.AGENT, "At the UM, only the President is authorized to sign it.", "Who signs?", True),
        (T.AGENT, "You need to draw up and sign an agreement.", "Who signs?", False),
        (
            T.AGENT,
            "Thanks to it, the UM welcomes staff.",
            "Who signs at the University of Montpellier?",
            False,
        ),
    ],
)
def test_states(kind: AnswerType, sentence: str, question: str, holds: bool) -> None:
    assert states(kind, sentence, question) is holds


def test_someone_to_contact_is_named_by_role_or_by_address() -> None:
    question = "Who should I contact to set up a double degree?"
    kinds = expected_types(question)
    assert satisfies(kinds, "Contact your component or the cooperation department.", question)
    assert satisfies(kinds, "E-mail: dri-cooperation@umontpellier.fr", question)
    assert not satisfies(kinds, "a double degree takes two years.", question)


def test_where_to_send_something_asks_for_a_contact() -> None:
    question = "Where exactly do I send the request for an interpreter?"
    assert AnswerType.CONTACT in expected_types(question)
    assert AnswerType.CONTACT not in expected_types("Where do I find the form?")


def test_what_one_may_not_bring_is_a_list() -> None:
    assert wants_unit("What am I not allowed to put in the summer storage?")
    assert wants_unit("What can't we bring into the exam room?")


@pytest.mark.parametrize(
    "question",
    [
        "What equipment is there in the recording studio?",
        "Il y a quoi comme équipement dans le studio ?",
        "Quel matériel faut-il apporter ?",
    ],
)
def test_a_mass_noun_for_a_set_of_things_asks_for_its_items(question: str) -> None:
    assert wants_unit(question)


@pytest.mark.parametrize(
    "question",
    [
        "What are the carpooling rules I should know about?",
        "What are the club's rules for its sessions?",  # an owner's name before them
        # The asker's case before the question: the rules are still a list.
        "If I get my own show on the radio, what rules would I have to stick to?",
        "Ça donne droit à quoi d'être membre du club ?",
        # "Are there rules…?" asks for them, not yes or no.
        "Are there rules I should know about for the cosplay parade?",
        "Is there a list of dos and don'ts for the ant survey?",
        "Est-ce qu'il y a des règles pour la parade ?",
    ],
)
def test_rules_and_what_a_status_gives_are_lists(question: str) -> None:
    assert wants_unit(question)
    assert not is_yes_no(question) and not is_yes_no_fr(question)
    assert not wants_unit("And if I miss the session, what do I do?")
    # "What [gives] away a stork…?": a verb in -s after "what" is no plural asked for as a list.
    assert not wants_unit("What gives away a stork, compared with a heron?")
    assert not wants_unit("What makes a good partner university?")


@pytest.mark.parametrize(
    "question",
    [
        "What do I need to collect from a guest speaker before UM can pay them?",
        "Qu'est-ce que je dois envoyer à l'UM après mon retour ?",
        "Qu'est-ce qu'on peut emprunter gratuitement au service informatique ?",
    ],
)
def test_the_things_to_collect_send_or_borrow_are_a_list(question: str) -> None:
    assert wants_unit(question)


def test_a_category_or_how_usual_it_is_is_no_focus_a_list_must_name() -> None:
    from assistant.query.questions import focus_terms

    assert focus_terms("What regular activities does the games library run during the week?") == []
    assert focus_terms("What is the usual rent of a studio?") == ["rent"]
    # A list names each piece of equipment, never the category.
    assert focus_terms("What sort of stuff can I take to the repair café?") == []
    assert focus_terms("What equipment do the wardens get?") == []


def test_a_count_of_people_is_named_by_whatever_the_people_are() -> None:
    (focus,) = focus_terms("How many people can I bring to the ceremony?")
    assert {"peopl", "guest", "pupil", "member"} <= set(focus.split("|"))
    # Asked about otherwise, people are people.
    assert "guest" not in "|".join(focus_terms("Which people are on the jury?"))


def test_who_pays_after_what_do_is_no_list_but_an_amount() -> None:
    question = "What do members pay at the partner cinema in town?"
    assert not wants_unit(question)
    assert AnswerType.MONEY in expected_types(question)
    assert wants_unit("Which universities does UM partner with?")


def test_where_a_place_is_asks_for_its_address() -> None:
    assert AnswerType.ADDRESS in expected_types("Where exactly is the games library, and when is it open?")


def test_what_stays_open_is_a_list() -> None:
    assert wants_unit("What on campus actually stays open while the uni is closed?")
    assert not wants_unit("Is the library still open in August?")
    # What is on a calendar or coming up is its events.
    assert wants_unit("What's on Bordée's calendar this year apart from the weekly rehearsals?")
    assert wants_unit("What's coming up at the club this spring?")
    from assistant.query.paraphrase import extra_terms

    assert {"activ", "event"} <= set(extra_terms("I'd like to put everything in my diary now."))


def test_how_a_scheme_works_is_its_procedure() -> None:
    assert wants_steps("How does the free taxi thing work?")
    assert wants_steps("How does borrowing a board game from the Student House work?")
    # Idioms for what is to be done: the hoops to jump through, what it takes.
    assert wants_steps("What hoops do I have to jump through to make the team?")
    assert wants_steps("What does it take to become a guide?")
    # The boxes to tick, even to travel somewhere, and how one would qualify or get selected.
    assert wants_steps("What boxes do I need to tick to make the team and travel to the away tournaments?")
    assert wants_steps("Our coach mentioned a championship. How would I qualify for it?")
    assert wants_steps("How can I grab one of those places? Dates please!")
    assert not wants_steps("How would I know it is a nightingale?")
    assert not wants_steps("How does the exchange rate work?")
    assert not wants_steps("What am I not allowed to put in the summer storage?")


def test_a_way_to_reach_someone_is_not_a_procedure() -> None:
    assert wants_steps("How do I apply for a double degree?")
    assert not wants_steps("How do I get in touch with the office that welcomes PhD students?")
    # Any other action of the asker's is done by steps; knowing or finding something is not.
    assert wants_steps("How do I put my stuff in the uni's summer storage?")
    assert not wants_steps("How do I know whether my diploma is recognised?")
    assert wants_steps("What do I still have to do to close the mobility?")
    assert wants_steps("What exactly do I need to do to get picked, and what are the deadlines?")
    # Which way a procedure is done is answered by the procedure.
    assert wants_steps("Do I have to post a form to get my transfer file, or is it all done online now?")
    # What a club does is the things it runs, not a procedure.
    assert not wants_steps("What does the ukulele club actually do over the year?")
    assert wants_unit("What does the ukulele club actually do over the year?")
    assert wants_unit("Qu'est-ce que je dois mettre et apporter pour le cours de tai-chi ?")
    assert wants_unit("L'accord entre la fac et la Ville, il apporte quoi aux étudiants ?")
    assert wants_unit("Qu'est-ce que ça m'apporte d'être agent recenseur ?")
    assert wants_unit("Concrètement, qu'est-ce qu'on gagne à être bénévole au festival ?")


@pytest.mark.parametrize(
    ("question", "names"),
    [
        # The asker's situation before the question restricts nothing.
        ("I'm doing an internship in Thailand: which portal do I register my stay on?", []),
        ("Bogotá is about 8,600 km away. What travel allowance does ICM pay for that?", [{"icm"}]),
        # What the question itself names still does.
        ("How much is the monthly grant for a study exchange in Germany?", [{"germani"}]),
        # A year is named too, a school year by both its years; an amount is no year.
        ("How many chairs did UM fund in 2025?", [{"2025"}]),
        ("What is the grant for 2027–2028?", [{"2027", "2028|28"}]),
        ("What will the packages cost in 2028 - 29?", [{"2028", "2029|29"}]),
        ("Is the deposit still €2,025 in 2026?", [{"2026"}]),
        # The asker's own past dates the story: the page bounds it in its own words.
        ("Will it take longer to get descriptions of courses I took in 2009?", []),
        # A nationality before a lowercase word describes it: "a French one", "a Swiss partner".
        ("Will I have to swap my licence for a French one after a year?", []),
        ("Is the grade the same for a Swiss partner?", []),
    ],
)
def test_names_come_from_the_question_not_its_preamble(question: str, names: list[set[str]]) -> None:
    assert [terms for terms, _ in named_terms(question)] == names


def test_the_noun_a_which_question_asks_to_list() -> None:
    # "Which ones?" lists what the story named, which a sentence may list as well as a list.
    assert not wants_unit("…at one of UM's strategic partner universities. Which ones are they?")
    assert (
        listed_noun("Which universities in Latin America does UM partner with?") == "universiti"
    )  # "University" in a header covers it as a prefix
    assert listed_noun("Which campus is the office on?") is None
    assert listed_noun("When is the deadline?") is None


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        # A fee the question is about is not the fact it asks for.
        ("Where can I go to sort out a problem with my tuition fees?", {AnswerType.ADDRESS}),
        ("By what date must my fee exemption request reach the university?", {AnswerType.DATE}),
        ("How much is the fee?", {AnswerType.MONEY}),
        ("What is the fee for the summer school?", {AnswerType.MONEY}),
    ],
)
def test_a_topic_is_not_an_asked_type(question: str, kinds: set[AnswerType]) -> None:
    assert expected_types(question) == kinds


def test_contractions_and_ok_are_no_names_and_phd_is_doctoral() -> None:
    assert named_terms("Who can I write to once I've graduated?") == []
    assert named_terms("Is it OK to invite my partner?") == []
    assert named_terms("What's the e-mail of the desk for PhD stays?") == [({"doctor|phd"}, "p")]


def test_where_the_asker_will_be_back_home_is_no_name_the_answer_must_give() -> None:
    assert named_terms("Can I do the resit from home once I'm back in Madrid?") == []
    assert named_terms("Can I keep my room when I'm back home in Seoul?") == []
    # A month is when, which the answer must state; a place the question asks about stays.
    assert named_terms("If I come back in November, do I get my room back?") != []
    assert named_terms("Can I do the resit in Madrid?") != []


def test_the_language_level_the_asker_has_is_their_situation() -> None:
    assert named_terms("My French is about A1, can I still work there?") == []
    assert named_terms("I'm only B1, can I join the stand?") == []
    # A level the question asks about is what the answer must name.
    assert named_terms("Is B2 required for the course?") == [({"b2"}, "b2")]


def test_the_grant_the_asker_is_on_is_their_situation() -> None:
    # The page names the grant its reduction is for in its own words ("a need-based grant").
    assert named_terms("How much is it? I'm on a CROUS grant (échelon 5), so is there a reduction?") == []
    assert named_terms("I have a CROUS grant: do I pay less?") == []
    # A grant the question asks about is what the answer must name.
    assert named_terms("Who pays the CROUS grant?") != []


def test_a_hyphenated_word_names_its_capitalised_part_and_non_names_nothing() -> None:
    assert named_terms("How much is a short EU-studies course?") == [({"eu"}, "eu")]
    assert named_terms("Is an internship in a non-EU country paid?") == []


def test_procedures_asked_with_everyday_verbs_and_hyphenated_durations() -> None:
    assert wants_steps("How do I sign up to be paired with a tandem partner?")
    assert wants_steps("How can I ask for an exemption?")
    assert wants_steps("How do I reserve a flat at the guest house for a visiting professor?")
    assert wants_steps("My company has an office in Dublin. How do I set that up?")
    assert wants_steps("I want to go for a Jean Monnet Chair. How does applying work at UM?")
    assert wants_steps("How do I declare a gift from a partner university?")
    assert wants_steps("We heard UM can chip in. How does the application work, from start to finish?")
    # The dates asked beside a procedure are its steps' dates; "by when" alone asks for a date.
    assert wants_steps("What do we have to do, and by when, to recruit one?")
    assert not wants_steps("By when do we have to send the file?")
    assert wants_steps("Can you talk me through getting an ATA carnet?")
    assert wants_steps("Where do I start if I want to host a researcher?")
    assert wants_steps("What happens after I submit my file?")
    assert not wants_steps("What happens if I fail an exam?")
    # An adverb before the verb, a pronoun inside a phrasal verb, things to get done.
    assert wants_steps("How do I actually get the salary advance?")
    assert expected_types("How do I actually get the salary advance?") == frozenset()
    assert wants_steps("My parents want to come. How do I sign us up?")
    assert wants_steps("I'm on insulin. What should I get sorted before I fly?")


def test_an_opening_phrase_about_the_askers_own_case_is_their_story() -> None:
    from assistant.query.questions import asked_part

    assert asked_part("For a year in Montreal, how many months can I get?") == "how many months can I get?"
    kept = "For a PHC application at the University of Montpellier, do we need a PhD student?"
    assert asked_part(kept) == kept  # it names what is asked about


def test_a_spaced_dash_ends_the_askers_story() -> None:
    from assistant.query.questions import asked_part

    story = "my passport says 'Mohammed' - how do i get that fixed?"
    assert asked_part(story) == "how do i get that fixed?"
    assert asked_part("Is the UK – Switzerland exchange open?") == "Is the UK – Switzerland exchange open?"
    assert states(AnswerType.DURATION, "You pass a 15-minute oral interview.", "How long is the exam?")


def test_the_focus_of_a_question_and_a_campus_as_an_address() -> None:
    from assistant.query.questions import focus_terms

    # A limit is a bound, as a maximum is: a type of fact, not what it is about.
    assert focus_terms("Is there an age limit for the scholarships?") == ["age"]
    # The type is no topic; the office whose e-mail it is, is.
    assert focus_terms("What's the e-mail of the pharmacy office?") == ["pharmaci", "depart|offic|servic"]
    assert focus_terms("How do I apply?") == []
    assert focus_terms("Is there somewhere on campus where I can pray?") == []  # no noun asked
    # The verb after the noun is no part of it: "documents [go] into", "courses [count]".
    assert focus_terms("Which documents go into the application file?") == ["document"]
    assert focus_terms("Which courses count for the certificate?") == ["cours"]
    assert focus_terms("What will the weather be like this weekend?") == ["weather"]
    # "ahead" says how far before, which the figure states.
    assert focus_terms("How many days ahead do I need to request a remote exam?") == []
    assert states(AnswerType.ADDRESS, "Richter campus, Student Services building, desk 4", "Where?")
    assert not states(AnswerType.ADDRESS, "Meetings take place on campus.", "Where?")


def test_a_french_focus_is_its_head_noun_read_through_the_gloss() -> None:
    from assistant.query.questions import focus_terms

    # French puts the head noun first; a word the texts never use stays unmatched in both languages.
    assert focus_terms("Quelle est la capitale du Canada ?") == focus_terms("What is the capital of Canada?")
    assert focus_terms("Quel est le loyer mensuel à la Résidence Rabelais ?") == ["rent"]
    assert focus_terms("Combien de crédits ECTS vaut un module COIL ?") == ["credit|ect"]  # no verb
    assert focus_terms("Quelle est l'adresse e-mail du service de la coopération ?") == []  # a type
    # Asked in the middle, as spoken French does, with what is classified as in English.
    assert focus_terms("La clinique m'aide sur quels types de problèmes ?") == ["issu|problem"]
    assert focus_terms("En quelle année le groupe a-t-il été fondé ?") == []  # a value is asked


def test_words_for_the_answers_shape_are_no_focus() -> None:
    from assistant.query.questions import focus_terms

    # "Campus France promotes...": a role, a purpose or the steps are stated, not named.
    assert focus_terms("What is the role of Campus France?") == []
    assert focus_terms("Quel est le rôle de Campus France ?") == []
    assert focus_terms("What are the steps to apply?") == []
    # …but the thing whose date or number is asked is the focus: a sentence must name it.
    assert focus_terms("What's the date of the training for the volunteers?") == ["train"]
    assert focus_terms("What is the phone number of the welcome desk?") == ["welcom", "desk"]
    assert focus_terms("What TOEFL score is accepted?") == ["toefl"]


def test_money_is_asked_only_when_the_question_asks_for_a_sum() -> None:
    # A fee named in a statement before the question, in a procedure, or beside the plural the
    # question asks for is the topic; "what travel allowance", "how much" still ask for a sum.
    money = {AnswerType.MONEY}
    assert not expected_types("I can no longer afford the fees. How can I ask for them to be reduced?")
    assert not expected_types("Which groups of students does UM exempt from the non-EU fees?")
    assert expected_types("What travel allowance does ICM pay for that?") == money
    assert expected_types("How much are the fees?") == money
    assert expected_types("What does it cost?") == money
    # Whatever the subject of "cost": "one of the boxes" is no noun asked for instead of a sum.
    assert expected_types("What does one of the summer storage boxes cost?") == money


def test_a_which_question_asks_for_the_plural_after_its_classifier() -> None:
    from assistant.query.questions import focus_terms

    assert listed_noun("Which groups of students are exempt?") == "student"
    assert focus_terms("What sort of companies can take me as a trainee?") == ["compani"]
    assert wants_unit("Which English tests are accepted as proof of level?")  # "are" is no noun
    assert wants_unit("Which documents do I need for a validation of studies?")
    assert expected_types("Which office handles visas?") == {AnswerType.NAME}


def test_a_subject_and_its_verb_are_no_focus_and_a_phrase_brings_its_text_words() -> None:
    from assistant.query.questions import focus_terms

    assert focus_terms("Who leads the MUSE project?") == []  # a verb, not what is asked about
    assert focus_terms("What happens if the report is late?") == []
    assert focus_terms("How much does UM pay per month?") == []
    assert focus_terms("Who is the academic coordinator of the master's?") == ["academ", "coordin"]
    assert focus_terms("What's the last day to register?") == ["deadlin|last"]


def test_people_are_counted_by_any_noun_and_the_most_a_body_gives_is_a_sum() -> None:
    question = "How many people can there be at most in one French class?"
    assert expected_types(question) == {AnswerType.COUNT}
    assert states(AnswerType.COUNT, "Groups have at most 18 learners.", question)
    assert expected_types("What's the most the Doctoral College will give me for my stays?") == {
        AnswerType.MONEY
    }


def test_a_phrase_of_stopwords_still_brings_its_text_words() -> None:
    from assistant.query.paraphrase import extra_terms

    assert "result" in extra_terms("When will I find out whether I got the scholarship?")


def test_a_classifier_noun_or_an_adverb_is_no_focus() -> None:
    from assistant.query.questions import focus_terms

    # The answer is a name ("Bureau de la Coopération Internationale"), not "an organisation".
    assert focus_terms("Which Quebec organisation can agreements be drawn up with?") == ["quebec"]
    assert focus_terms("What is Campus France exactly?") == ["campus", "franc"]


def test_when_a_call_closes_is_a_day_or_a_month_not_a_year_range() -> None:
    question = "When does the call for the visiting professors programme close?"
    assert not states(AnswerType.DATE, "For 2027-2028, the programme funds 48 months.", question)
    assert not states(AnswerType.DATE, "To apply for a summer school, follow these steps:", question)
    assert states(AnswerType.DATE, "Submit the application before 12 November 2026.", question)
    assert states(AnswerType.DATE, "It was founded in 1998.", "When was the network founded?")
    # "How long is the swim?" may ask its length: a distance states it.
    swim = "How long is the end-of-year swim?"
    assert states(AnswerType.DURATION, "a 3-kilometre swim from one beach to the next", swim)
    assert not states(AnswerType.DURATION, "a 3-kilometre swim", "How long does the swim take?")
    # The day asked for by name is not answered by a time of day.
    day = "What day is the graduation ceremony?"
    assert not states(AnswerType.DATE, "15:00 | ceremony: speeches and music | Berlioz auditorium", day)
    assert states(AnswerType.DATE, "Ceremony | 20 November 2027", day)
    assert states(AnswerType.DATE, "The concert is at 20:30.", "When is the concert?")
    # Days asked in the plural ask a date too, as days, not the year a page applies to.
    days = "Which days are the beach clean-ups this year?"
    assert AnswerType.DATE in expected_types(days)
    assert AnswerType.DATE in expected_types("La formation, c'est quels jours ?")
    assert not states(AnswerType.DATE, "This page applies to the academic year 2027-2028.", days)


def test_how_many_times_is_answered_by_only_one_or_once() -> None:
    question = "After the selection results, how many times can I change my destination?"
    assert states(AnswerType.COUNT, "You may ask for only one change of destination per round.", question)
    assert states(AnswerType.COUNT, "You can change it once.", question)
    assert not states(AnswerType.COUNT, "Ask the desk for a change of destination.", question)


def test_a_figure_in_a_rules_condition_is_no_count() -> None:
    question = "How many exchange students did UM welcome last year?"
    rule = "If the exchange is unbalanced by more than 3 students per year, discuss the places."
    assert not states(AnswerType.COUNT, rule, question)
    assert states(AnswerType.COUNT, "In 2025, UM welcomed 2,300 exchange students.", question)


def test_what_a_price_question_prices_is_its_focus() -> None:
    from assistant.query.questions import focus_terms

    assert focus_terms("How much does UM's summer school in marine biology cost?") == [
        "summer",
        "school",
        "marin",
        "biolog",
    ]
    assert focus_terms("How much does it cost?") == []


def test_a_procedure_asked_for_someone_else() -> None:
    # The one who acts is often a unit or a lab, not "I".
    assert wants_steps("How does our unit put in a proposal?")
    assert wants_steps("A student is coming to our lab. What does the unit have to do?")
    assert wants_steps("How does the host lab apply to host her?")
    assert not wants_steps("What does the grant cover?")


def test_an_acronym_is_named_by_the_words_it_stands_for() -> None:
    # "HR" is matched by a text that spells out "Human Resources" (see text.spelled_initials).
    assert named_terms("What's the phone number of the HR desk?") == [({"hr"}, "hr")]


def test_a_table_row_states_a_count_through_its_column_header() -> None:
    from assistant.domain import Chunk

    header, row = "Activity | Points | Proof", "Internship abroad | 35 | internship certificate"
    text = f"{header}\n{row}"
    spans = ((0, len(header)), (len(header) + 1, len(text)))
    chunk = Chunk("c", "d.pdf", "T", None, None, 0, text, spans, kind="table", lead=1)
    question = "How many points does an internship abroad bring?"
    assert chunk.stated(1) == "Internship abroad | 35 Points | internship certificate"
    assert satisfies(expected_types(question), chunk.stated(1), question)
    assert not satisfies(expected_types(question), chunk.sentence(1), question)


def test_contracted_question_words_ask_the_same() -> None:
    assert expected_types("Where's the office that deals with insurance?") == {AnswerType.ADDRESS}
    assert expected_types("What are its hours?") == {AnswerType.DATE}


def test_a_rate_of_pay_is_an_amount() -> None:
    assert AnswerType.MONEY in expected_types("What hourly rate do we have to pay an intern?")
    assert AnswerType.MONEY in expected_types("What is the daily pay of a student ambassador?")


def test_what_the_membership_is_asks_what_it_costs() -> None:
    assert AnswerType.MONEY in expected_types("What's the membership for a student?")
    assert AnswerType.MONEY not in expected_types("What does the membership include?")
    assert AnswerType.MONEY not in expected_types("What's the membership card?")


def test_free_answers_what_something_costs() -> None:
    question = "Is there a yearly fee to be part of the alumni network?"
    assert states(AnswerType.MONEY, "Membership is free and lasts for life.", question)
    assert states(AnswerType.MONEY, "Students pay no fees at the host university.", question)
    assert not states(AnswerType.MONEY, "Feel free to ask the office.", question)
    # A currency's code, before or after the figure.
    assert states(AnswerType.MONEY, "The host pays the SEMP grant, CHF 440 per month.", question)
    assert states(AnswerType.MONEY, "The allowance is 900 CAD.", question)
    assert not states(AnswerType.MONEY, "There are 440 places.", question)


def test_what_a_how_to_question_asks_to_act_on() -> None:
    from assistant.query.questions import procedure_object

    assert procedure_object("How do I apply for French citizenship?") == "citizenship"
    assert procedure_object("How do I open a French bank account?") == "account"
    assert procedure_object("How can I book a room at the guest house for a visitor?") == "room"
    assert procedure_object("How do I sign up for the buddy programme as an exchange student?") == "programme"
    # No object, or a pronoun: the procedure of the page asked about answers.
    assert procedure_object("How do I apply?") is None
    assert procedure_object("How do I put my stuff in the storage?") is None  # "stuff" names nothing
    assert procedure_object("How do I go about it?") is None
    assert procedure_object("How does that work? What's the procedure from where I am now?") is None
    assert procedure_object("How do I get in touch with the office?") is None
    assert procedure_object("How do I get seen at the dental clinic?") is None  # how one is dealt with
    # A comparison acts on nothing: "compare" is no object the page must name.
    assert procedure_object("At Platines, how does the DJ course compare with the vinyl weekend?") is None
    # "to" and a verb say what for: the procedure has no object ("carry" is none).
    assert procedure_object("How can I apply to carry on studying at UM next September?") is None
    assert procedure_object("How do I register to take the language test?") is None
    assert procedure_object("How do I apply to the summer school?") == "school"
    # French: the noun a determiner opens, past a request's noun, in the texts' words.
    naturalisation = procedure_object("Comment on fait une demande de naturalisation ?")
    assert "naturalisation" in str(naturalisation).split()
    assert procedure_object("Comment réserver une chambre à la résidence ?") == "room"
    # A name is no object: "Garde" in "Clowns de Garde" is the programme's.
    assert procedure_object("Comment je fais pour devenir clown avec Clowns de Garde ?") is None
    assert procedure_object("Comment ça se passe ?") is None
    # An adjective French puts before its noun is not the noun.
    assert procedure_object("Comment je postule pour un petit boulot à la BU ?") == "job work"
    # Nor is an ordinal; a noun and its complement the glossary holds together are one thing.
    assert procedure_object("Comment on fait sa première déclaration d'impôt ?") == "tax return"
    assert procedure_object("Comment faire une déclaration de perte ?") == "loss report"
    # "les" before an infinitive is a pronoun: what follows the verb is the object.
    assert procedure_object("Comment je fais pour les déposer à la Gratuiterie ?") == "gratuiterie"
    # So is "l'" after a verb or "pour"; after a preposition it opens a noun ("à l'atelier").
    assert procedure_object("Comment je fais pour l'imprimer au Fablab ?").startswith("fablab")
    # A share of a thing (a slot, a place) is had through the thing's own procedure.
    assert procedure_object("How do I get a slot in the magic club's big show in March?") is None
    assert procedure_object("Comment je fais pour avoir une place en crèche ?") is None
    # A noun and the adjective or name after it that the glossary holds together are one thing.
    assert (
        procedure_object("Comment je fais pour avoir ma carte Vitale ?")
        == "Carte Vitale health insurance card"
    )
    # Asked last, "comment" acts on what came before; a case before it ("si…") is no object, and
    # a number after a determiner is a date's day, not a noun, unlike an acronym with a digit.
    assert (
        procedure_object("Je dois renouveler mon titre de séjour, je m'y prends comment ?")
        == "residence permit"
    )
    assert procedure_object("Et si j'arrive seulement le 8 septembre, je fais comment ?") is None
    # What came before in a sentence of its own is the asker's story, not the object.
    assert procedure_object("Je voudrais rendre visite à des personnes âgées. Je m'inscris comment ?") is None
    assert "PSC1" in str(procedure_object("Pour passer le PSC1 à la fac, je m'inscris comment ?")).split()


def test_which_kind_a_yes_no_question_asks_about() -> None:
    from assistant.query.questions import asked_modifiers

    assert asked_modifiers("Does the bookbinding workshop teach leather binding?") == ["leather"]
    assert asked_modifiers("Is there a stand where kids can launch water rockets?") == ["water"]
    assert asked_modifiers("Can I learn glass blowing or kiln fusing at the workshop?") == ["glass", "kiln"]
    # How big or good, how it compares, an adjective, a name: no kind.
    assert asked_modifiers("Is there a limit if I come with a big family?") == []
    assert asked_modifiers("Is there a lower fee for a reduced programme?") == []
    assert asked_modifiers("Is there a special car for the Erasmus students?") == []
    # A longer phrase may be a subject and its verb; a particle ends a verb, not a noun phrase.
    assert asked_modifiers("Does the circle sell paper?") == []
    assert asked_modifiers("Can I read the questions out?") == []
    # Each word before the head of a bare activity's name says which kind.
    assert asked_modifiers("Does the club also do outrigger canoe races?") == ["outrigger", "canoe"]
    # A capitalised word for where a bare activity comes from says which kind, unlike a name, or a
    # word for where the asker's own thing comes from.
    assert asked_modifiers("Does Goélands also play Gaelic football?") == ["gaelic"]
    assert asked_modifiers("Does the club also teach Thai boxing?") == ["thai"]
    assert asked_modifiers("Will I have to swap my Moroccan licence for a French one?") == []
    assert asked_modifiers("Does the club also take American students?") == []


def test_which_kind_of_what_is_asked_about_a_word_says() -> None:
    from assistant.query.questions import asked_variants

    assert ("walking", "netball") in asked_variants("Does Les Cigales have a walking netball group?")
    asked = "Does the club run indoor box lacrosse sessions when it gets cold, and on which evening?"
    assert ("box", "lacrosse") in asked_variants(asked)
    # A possessive determines the thing as "the" does.
    assert ("online", "bridge") in asked_variants("When are Grand Chelem's online bridge evenings?")
    # A verb, a name and how big say no kind.
    assert asked_variants("Does the circle sell paper?") == []
    assert asked_variants("Does Les Cigales have a big group?") == []


def test_what_a_yes_no_question_asks_about_after_have_or_use() -> None:
    from assistant.query.questions import asked_objects

    # "[stool]-making" names the stool; how it is made is the page's to say.
    assert "making" not in asked_objects("Could he sign up for the stool-making course?")
    assert "stool" in asked_objects("Could he sign up for the stool-making course?")

    assert "courts" in asked_objects("Does the club also have badminton courts I could use?")
    assert "cameras" in asked_objects("Do the volunteers use thermal cameras to film the bats?")
    assert asked_objects("Do I have to bring anything?") == []
    # What else they also do something to, and what is to be done to it, are asked about.
    assert "dragonflies" in asked_objects("Do the volunteers also count dragonflies along the transects?")
    assert "notarised" in asked_objects("Can the desk get it notarised for me?")
    # A participle after its noun is no head: "the workshop [treated] with it".
    assert asked_objects("Is the leather at the workshop treated with it?") == ["leather", "workshop"]
    # The asker's motive names nothing the page must say yes or no to.
    assert asked_objects("Could UM give me a certificate of my rank to strengthen my file?") == [
        "certificate",
        "rank",
    ]


def test_places_are_counted_by_the_people_a_session_takes() -> None:
    question = "How many places are there on the writing retreat?"
    assert states(AnswerType.COUNT, "The poetry course takes 10 people.", question)
    assert states(
        AnswerType.COUNT, "The retreat takes 14 people.", "Il y a combien de places pour la retraite ?"
    )
    assert not states(AnswerType.COUNT, "The retreat lasts 2 days.", question)


def test_the_thing_whose_date_is_asked() -> None:
    from assistant.query.questions import dated_thing

    assert dated_thing("When are the info meetings for becoming a firefighter?") == "meetings"
    assert dated_thing("When is the virtual mobility desk open?") == "desk"
    assert dated_thing("How do I apply?") is None
    # In French, in the texts' words, from the thing named first or after « quand a lieu ».
    assert dated_thing("Les réunions d'info pour devenir pompier, elles ont lieu quand ?") == "meetings"
    assert dated_thing("Quand ont lieu les auditions ?") == "auditions"


def test_what_a_club_organises_or_what_to_wear_is_a_list() -> None:
    assert wants_unit("What does La Taverne actually organise over the year?")
    assert wants_unit("What does the club offer?")
    assert wants_unit(
        "Apart from the beginners' course, what else does Soufflet actually do during the year?"
    )
    assert not wants_unit("What does Soufflet do if a bal is cancelled?")
    assert wants_unit("Apart from the beginners' class, what else does the band get up to this year?")
    assert wants_unit("What should I wear for the self-defence course?")
    assert not wants_unit("What time does the club open?")


def test_what_to_do_in_a_case_named_after_the_question_is_no_procedure() -> None:
    assert not wants_steps("What are we supposed to do if the boat flips over?")
    assert not wants_unit("What should I do in case the boat capsizes?")
    # The asker's wish is no case, and a case in the story is not the question's.
    assert wants_steps("What do I do if I want to join the club?")
    assert wants_steps(
        "Nobody knows what to do when the alarm goes off, so I'd like to help. What do I have to do?"
    )


def test_what_a_yes_no_question_asks_about() -> None:
    from assistant.query.questions import asked_objects

    # A plural named without a determiner after a verb of what a service offers is asked too.
    assert "croissants" in asked_objects("Does the bakery also sell croissants or pains au chocolat?")
    assert {"classes", "balloon"} <= set(asked_objects("Does the magic club run balloon-modelling classes?"))
    # …and so is an activity, with each of its alternatives.
    assert asked_objects("Can I learn glass blowing or kiln fusing at the workshop?") == [
        "workshop",
        "blowing",
        "fusing",
    ]
    assert asked_objects("Can we do raku firing there?") == ["firing"]
    # A singular activity is asked too when an alternative follows it ("polo or horse-ball"), but
    # not an adjective the alternatives share ("full or partial refunds"); "go" + an activity.
    assert asked_objects("Does the riding club offer polo or horse-ball?") == ["polo", "horse-ball"]
    assert "diving" in asked_objects("Does the caving club ever go cave diving in the galleries?")
    assert asked_objects("Can I go home early?") == []
    assert asked_objects("Can they give full or partial refunds?") == ["refunds"]
    # An alternative set apart by a comma is asked too ("knife throwing, or [throwing stars]"), and
    # so is what a named club is asked to have.
    assert "stars" in asked_objects("Does Cognée also do knife throwing, or throwing stars?")
    assert asked_objects("Does Bilboquet have diabolos or spinning tops?") == ["diabolos", "tops"]
    assert "lockers" in asked_objects("Does the Student House have lockers?")
    assert asked_objects("Does it have to be signed?") == []
    # When the asker's case holds opens the question too.
    assert asked_objects(
        "When I'm ushering at the theatre, will I also have to look after the cloakroom?"
    ) == ["cloakroom"]
    # What the asker already knows of opens the question; "too" ends the object, each word of which
    # says which thing ("[hang] [gliding]": a page on paragliding names no hang).
    assert asked_objects("Besides paragliding, does the club teach hang gliding too?") == ["gliding", "hang"]
    # "Does the studio also do [screen printing]?", "run [workshops] where…": a subject of its own,
    # a clause after the thing.
    assert "printing" in asked_objects("Does L'Encrier also do screen printing, like on tote bags?")
    assert "workshops" in asked_objects(
        "Does the herbarium run plant-pressing workshops where I could learn?"
    )
    # The parts of a hyphenated kind are held to the page, but rank no quote: the head does.
    heads = asked_objects("Does the magic club run balloon-modelling classes?", kinds=False)
    assert "classes" in heads and "balloon" not in heads

    assert asked_objects("Does UM find a flat for the foreign language lecturers when they arrive?") == [
        "flat",
        "lecturers",
    ]
    # A time span before the question ("During a red warning, …") says when, not what is asked.
    assert asked_objects("During a red flood warning, is there a shelter on campus?") == ["shelter"]
    # A hyphenated word before the head names the kind: its parts are asked about too.
    assert asked_objects("Do I need a radiation-protection course before using the X-ray unit?") == [
        "course",
        "unit",
        "radiation",
        "protection",
        "ray",
    ]
    # Adjectives in a row are one noun phrase, whose hyphenated kind is asked about too.
    assert asked_objects("Is there an online, self-paced version of the course?") == [
        "version",
        "course",
        "self",
        "paced",
    ]
    assert asked_objects("Is there a bus, a train or a plane?") == ["bus", "train", "plane"]
    # …unless it says how long ("the full-year card", "a part-time job"): a page says so in its words.
    assert asked_objects("Do I have to buy the full-year climbing card?") == ["card"]
    assert asked_objects("Can I take a part-time job?") == ["job"]
    # The asked type, vague words and adverbs are no object; other forms have none.
    assert asked_objects("Is there a phone number for the associations desk?") == ["desk"]
    # "a way" is vague; the action it is asked for is not (see below).
    assert asked_objects("Is there a way to follow the talks remotely?") == ["follow"]
    # An adverb at the end of a noun phrase says when or where, and is not its head.
    assert asked_objects("Sounds good. Could it help me land a paid job afterwards?") == ["job"]
    # Where the asker is is no object of the question.
    assert asked_objects("Can I connect to the university VPN from my flat?") == ["vpn"]
    # A pronoun opens a relative clause: its verb is no object.
    assert asked_objects("Is there a number I can ring for help?") == []
    assert asked_objects("Is there a form we should fill in?") == ["form"]
    # A comparative ends a verb's complement ("make the birds come closer"): where, not what.
    question = "Is it OK to play bird calls on my phone to make the birds come closer during the outings?"
    assert asked_objects(question) == ["outings"]
    # "during the outings" says when: not what the quotes are ordered by.
    assert asked_objects(question, when=False) == []
    assert asked_objects("Can I hold the scholarship and a grant at the same time?") == [
        "scholarship",
        "grant",
    ]
    assert asked_objects("What is the fee for the course?") == []
    # French: the nouns determiners open and those their "de" adds, in the texts' words; a word
    # the glossary lacks, a count or an object pronoun ("l'échanger") is none.
    assert asked_objects("Le logement est-il fourni par l'université ?") == ["housing accommodation"]
    objects = asked_objects("Est-ce que le programme propose des cours d'anglais ?")
    assert objects == ["course courses classes", "english"]
    assert asked_objects("Une convention engage-t-elle les deux parties ?") == ["agreement"]
    assert asked_objects("Est-ce que je dois l'échanger ?") == []
    assert asked_objects("Est-ce que je peux venir à l'atelier ?") == ["workshop"]
    assert asked_objects("Quel est le montant de la bourse ?") == []
    # Spoken French asks by its tone: "Il y a une émission sur le sport ?", unless a second
    # question asks for the fact ("…? C'est quand ?").
    assert "sport sports" in asked_objects("Il y a une émission sur le sport à la radio ?")
    assert asked_objects("Il y a une réunion d'info en ligne ? C'est quand ?") == []
    # The topic first, a pronoun after it: a yes/no question too, unless a question word follows.
    assert asked_objects("Le studio de radio, il est ouvert aux étudiants ?") == ["x-ray radio", "students"]
    assert asked_objects("La remise des prix du concours, c'est quand et où ?") == []
    # A place is held to the question's names, not to the page's words.
    assert "Brazil" not in asked_objects("Le certificat de mon médecin au Brésil, il est accepté ?")
    # A plain statement said as a question asks yes or no by its tone alone, after the asker's
    # situation if any; not a request ("vous auriez le numéro… ?"), a case ("et si… ?") or a
    # question word, although a "qui" after a noun only describes it.
    assert asked_objects("Le club fait aussi des voitures ?") == ["cars"]
    assert asked_objects("Avec le permis visiteur, je peux avoir une place de parking ?") == ["parking space"]
    assert asked_objects("Vous auriez le numéro de téléphone du club ?") == []
    assert asked_objects("Ok, et si la pièce n'est pas dispo sur place ?") == []
    assert asked_objects("Les bâtiments ferment quand pendant les vacances ?") == []
    assert asked_objects("J'ai une question sur le bénévolat, j'écris à qui ?") == []
    assert asked_objects("On peut aider des personnes âgées qui vivent seules ?") == ["elderly person"]
    # …and so are a noun and its complement: « le billet d'avion » is a flight, « une carte de
    # séjour » a residence permit.
    assert asked_objects("L'UM peut me rembourser le billet d'avion ?") == [
        "plane ticket flight ticket flight"
    ]
    assert asked_objects("Est-ce que je peux avoir une carte de séjour ?") == ["residence permit"]
    # Whom the asker brings along ("à ma coloc"), when ("pendant les vacances") and an object
    # pronoun before an infinitive ("je peux le prêter", "pour la mettre en ligne") are no thing.
    assert asked_objects("Je peux le prêter à ma coloc ?") == []
    assert asked_objects("Je peux rentrer chez moi pour les vacances ?") == []
    assert asked_objects("On peut enregistrer la réunion pour la mettre en ligne ?") == ["meeting"]
    # A word the glossary lacks is kept apart, as written: English too if the texts use it.
    from assistant.query.questions import untranslated_objects

    assert untranslated_objects("Le club fournit aussi les outils ?") == ["club"]
    assert asked_objects("Le club fournit aussi les outils ?") == ["tools"]
    assert untranslated_objects("Is there a fee for the costumes?") == []


def test_what_a_when_question_asks_the_date_of() -> None:
    from assistant.query.questions import dated_subject

    # "Christmas" is a time, but in "the Christmas market" it only says which market.
    assert dated_subject("When does the Christmas market in Montpellier open this year?") == ["market"]
    assert dated_subject("I arrive in June. When does the summer school begin?") == ["school"]
    assert dated_subject("When is the deadline?") == []
    assert dated_subject("Quand ouvre le marché de Noël ?") == []


def test_the_action_a_who_question_asks_the_doer_of() -> None:
    from assistant.query.questions import asked_action

    assert asked_action("Who signs the consortium agreement for UM?") == ("sign",)
    # An adverb of the asking is no action: "who exactly do I…" asks whom to reach.
    assert asked_action("Who exactly signs the agreement?") == ("sign",)
    assert asked_action("Who exactly do I need to get in touch with, and how?") == ()
    assert asked_action("We have agreed on it. Who on our side has to sign the agreement?") == ("sign",)
    assert asked_action("Who pays for the flights?")[:2] == ("pay", "paid")
    # After "if not", and with a verb that stands in for the one before.
    assert asked_action("Can my head of lab sign it, and if not, who signs for UM?") == ("sign",)
    assert asked_action("Can she sign it herself, and if not, who does?") == ("sign",)
    assert asked_action("Who does the paperwork?") == ()
    # "Who sorts out…?" asks which service is in charge, not who does some sorting.
    assert asked_action("Who sorts out exams taken from abroad?") == ()
    # Where the doer is may come before the verb.
    assert asked_action("Who at UM signs the agreement?") == ("sign",)
    assert asked_action("Who in the faculty approves the plan?")[:1] == ("approv",)
    # Whom to reach, who may take part, who someone is: no action to find the doer of.
    assert asked_action("Who should I contact about my visa?") == ()
    assert asked_action("Who can apply for the grant?") == ()
    assert asked_action("Who is the coordinator of the programme?") == ()
    assert asked_action("Qui signe la convention ?") == ()


def test_whom_to_contact_widens_to_the_lines_that_give_a_way_to_reach_them() -> None:
    from assistant.domain import Chunk
    from assistant.query.engine import Assistant

    def one(text: str) -> Chunk:
        return Chunk("c" + str(len(text)), "d.md", "T", None, None, 0, text, ((0, len(text)),))

    wanted = Assistant._wanted("Who should we contact to get our team's trip funded?")
    assert wanted is not None
    # The page's sentences name who helps; its contact line says how to reach them.
    assert not wanted(one("The Student Life Department helps these teams with a travel grant."))
    assert wanted(one("Student Competitions desk: competitions@umontpellier.fr, +33 4 65 81 47 36."))


def test_a_yes_no_question_from_a_kind_of_asker_wants_the_page_s_rule_for_them() -> None:
    from assistant.domain import Chunk
    from assistant.query.engine import Assistant

    def one(text: str) -> Chunk:
        return Chunk("c" + str(len(text)), "d.md", "T", None, None, 0, text, ((0, len(text)),))

    wanted = Assistant._wanted("I work in one of the libraries. Could I volunteer as an usher too?")
    assert wanted is not None
    assert wanted(one("Staff cannot be ushers under this agreement: they get reduced prices instead."))
    assert not wanted(one("Ushers welcome the audience and check the tickets."))
    # Exchange students are named on nearly every page: a line naming them is no rule for them.
    assert Assistant._wanted("I'm here on exchange. Could I volunteer as an usher?") is None
    # An open question from the same asker wants no such line.
    assert Assistant._wanted("I work in one of the libraries. What do ushers do?") is None


def test_who_may_take_part_asks_for_the_conditions_not_for_someone_who_acts() -> None:
    for question in (
        "Who can apply for a research visit grant?",
        "Who is eligible for the exemption?",
        "Qui a le droit de demander une bourse pour partir en séjour de recherche ?",
        "Qui est éligible à la bourse ?",
    ):
        assert AnswerType.AGENT not in expected_types(question) and wants_unit(question), question
    # Someone who acts, or someone to ask, is still a person or body.
    assert expected_types("Who can sign the agreement?") == {AnswerType.AGENT}
    assert expected_types("Qui peut signer la convention ?") == {AnswerType.AGENT}
    assert AnswerType.CONTACT in expected_types("Who can I ask about my fees?")
    assert AnswerType.CONTACT in expected_types("À qui je m'adresse pour ma convention de stage ?")


def test_a_phone_number_is_no_academic_year_or_date() -> None:
    assert not states(AnswerType.PHONE, "In 2026-2027, 34 projects run with 15 partners.", "Which phone?")
    assert not states(AnswerType.PHONE, "The session is on 14.01.2027.", "Which phone?")
    for line in ("call +33 4 65 81 44 18.", "tel. 04 67 14 30 00", "(555) 123-4567"):
        assert states(AnswerType.PHONE, line, "Which phone?"), line


def test_who_is_on_a_body_asks_for_its_members() -> None:
    for question in ("Who's on the university's crisis team?", "Qui fait partie de la cellule de crise ?"):
        assert not expected_types(question) and wants_unit(question), question
    assert expected_types("Who is in charge of the exchange?") == {AnswerType.AGENT}


def test_counting_people_is_a_count_whatever_money_is_the_topic() -> None:
    assert expected_types("How many students got a fee exemption last year?") == {AnswerType.COUNT}
    asked = "Combien d'étudiants ont obtenu une exonération des frais l'année dernière ?"
    assert expected_types(asked) == {AnswerType.COUNT}
    assert expected_types("How much are the fees?") == {AnswerType.MONEY}


def test_a_monthly_support_is_a_sum() -> None:
    asked = "For a research stay, how does the monthly support for a lab in Canada compare with Germany?"
    assert expected_types(asked) == {AnswerType.MONEY}


def test_a_subject_and_its_verb_after_how_much_will_are_no_focus() -> None:
    from assistant.query.questions import focus_terms

    assert focus_terms("How much will I pay per year as a master's student?") == []
    assert focus_terms("What is the monthly rent?") == ["month", "rent"]


def test_a_french_verb_of_paying_before_combien_asks_for_money() -> None:
    # "payer combien" asks an amount; "la demande combien de temps avant" is still a duration.
    assert AnswerType.MONEY in expected_types(
        "Le comité d'éthique fait payer combien pour examiner un dossier ?"
    )
    assert AnswerType.MONEY in expected_types("On paie combien pour la carte de transport ?")
    assert AnswerType.MONEY not in expected_types(
        "Et il faut faire la demande combien de temps avant de partir ?"
    )


def test_where_exactly_a_secretariat_is_asks_for_its_address() -> None:
    asked = "Where exactly is the ethics committee secretariat? I'd rather drop by in person."
    assert expected_types(asked) == {AnswerType.ADDRESS}
    assert expected_types("Where is the reception of the residence?") == {AnswerType.ADDRESS}


def test_a_day_of_every_month_is_a_date() -> None:
    asked = "By what day of the month must my file be complete?"
    assert states(AnswerType.DATE, "Files must be complete by the 5th of the same month.", asked)
    assert states(AnswerType.DATE, "The grant is paid on the 1st of each month.", asked)
    assert not states(AnswerType.DATE, "Offices are on the 5th floor.", asked)


def test_what_a_document_has_to_contain_is_a_list() -> None:
    assert wants_unit("What has to be in the letter our ministry sends to guarantee my funding?")
    assert wants_unit("What must the application file contain?")
    assert wants_unit("What should be mentioned in the invitation letter?")
    assert not wants_unit("What is the letter for?")


def test_where_to_do_something_names_what_is_done() -> None:
    from assistant.query.questions import procedure_object

    assert procedure_object("Where can I make photocopies on the Triolet campus?") == "photocopies"
    assert procedure_object("Où est-ce que je peux faire des photocopies sur le campus ?") == "photocopies"
    assert procedure_object("Où puis-je garer ma voiture ?") == "car"
    # Where to go or to find someone asks for a place, not for something done.
    assert procedure_object("Where can I find the office?") is None
    assert procedure_object("Where do I go?") is None


def test_what_one_risks_is_a_fine() -> None:
    from assistant.query.gloss import gloss

    asked = "Je me fais contrôler sans ticket dans le tram, je risque combien ?"
    assert AnswerType.MONEY in expected_types(asked)
    assert "fine" in gloss(asked).split()


def test_what_a_thing_holds_is_the_focus_and_money_is_the_type() -> None:
    from assistant.query.questions import asked_objects, focus_terms

    assert focus_terms("What's on the menu at the university restaurant this week?") == ["menu"]
    assert focus_terms("Who's on the university's crisis team?") == []  # its members are asked
    assert focus_terms("How much money a month do I have to show to get the permit?") == []
    # Whom the asker compares himself with is no object of the question.
    assert asked_objects("Can I apply for the permit like my classmates?") == ["permit"]


def test_what_to_fulfil_or_what_goes_into_a_file_is_a_list_what_to_sort_out_a_procedure() -> None:
    assert wants_unit("What goes into the file for the scholarship pre-selection?")
    assert wants_unit("What do I have to fulfil to be eligible for the permit?")
    assert wants_steps("What should I sort out with the university before I leave?")
    assert wants_steps("I'm a PhD student. How does applying through UM work?")


def test_a_verb_after_what_an_unnamed_country_and_a_gerund_are_no_topic() -> None:
    from assistant.query.questions import asked_objects, focus_terms, procedure_object

    assert focus_terms("What goes into the file for the pre-selection?") == []
    assert asked_objects("Could we put forward someone who is a minister in their country?") == ["minister"]
    assert procedure_object("How does applying through UM work?") is None
    assert procedure_object("How do I open a bank account?") == "account"


def test_a_qualified_unit_of_time_is_a_duration() -> None:
    asked = "How long does the hub take to give me the certificate?"
    assert states(AnswerType.DURATION, "It issues the certificate within 5 working days.", asked)
    assert states(AnswerType.DURATION, "Allow 10 calendar days.", asked)
    assert not states(AnswerType.DURATION, "It is open on working days.", asked)
    # A count and a half is one too.
    assert states(AnswerType.DURATION, "Volunteers work in shifts of three and a half hours.", asked)


def test_a_count_of_what_has_happened_is_no_rules_bound() -> None:
    rule = "UM awards at most 3 honorary doctorates per year, all at the same ceremony."
    assert not states(AnswerType.COUNT, rule, "How many honorary doctorates has UM awarded so far?")
    assert states(AnswerType.COUNT, rule, "How many honorary doctorates can UM award each year?")
    french = "Combien de projets l'UM a-t-elle décrochés lors des appels précédents ?"
    assert not states(AnswerType.COUNT, "It supports at most 4 projects in 2027.", french)
    assert states(AnswerType.COUNT, "UM has hosted 12 researchers so far.", "How many researchers so far?")


def test_the_difference_between_two_things_is_about_the_two() -> None:
    from assistant.query.questions import focus_terms

    assert focus_terms("What's the difference between the free sports pass and the Sport+ one?") == []


def test_the_particle_of_a_phrasal_verb_is_no_object() -> None:
    from assistant.query.paraphrase import extra_terms
    from assistant.query.questions import asked_objects

    assert asked_objects("Is that long enough to put her forward for an honorary doctorate?") == ["doctorate"]
    assert "propos" in extra_terms("Can we put forward a candidate?")


def test_a_statement_after_the_question_is_the_askers_situation_too() -> None:
    from assistant.query.questions import asked_part, named_terms

    assert asked_part("Which papers do I need? I'm Moroccan.") == "Which papers do I need?"
    assert named_terms("Which papers do I need? I'm Moroccan.") == []
    assert asked_part("It is about 8,600 km. What is the allowance?") == "What is the allowance?"


def test_a_question_that_points_back_asks_what_the_sentence_before_says() -> None:
    from assistant.query.extractive import ExtractiveComposer
    from assistant.query.paraphrase import extra_terms
    from assistant.query.questions import asked_part

    wish = "I'm new. I'd rather train with other women at first. Is there anything like that?"
    assert asked_part(wish) == "I'd rather train with other women at first. Is there anything like that?"
    assert "women" in ExtractiveComposer.asked_terms(wish)
    french = "Je débute. Je préfère m'entraîner entre filles. Il y a un truc comme ça ?"
    assert asked_part(french) == "Je préfère m'entraîner entre filles. Il y a un truc comme ça ?"
    # A question of its own keeps only itself; training with others is done in sessions.
    assert asked_part("I'm new. Is there a women-only session?") == "Is there a women-only session?"
    assert "session" in extra_terms("Can I train with other beginners?")


def test_what_to_do_in_one_case_is_no_procedure() -> None:
    assert not wants_steps("Et si j'arrive seulement le 8 septembre, je fais comment ?")
    assert not wants_unit("And if I miss the deadline, what do I have to do?")
    assert wants_steps("What do I have to do to apply?")


def test_where_exactly_to_go_asks_for_a_place_in_english_and_french() -> None:
    assert expected_types("Where exactly do I go to pick up the loaner laptop?") == {AnswerType.ADDRESS}
    assert expected_types("Where do I actually go to talk to someone about it?") == {AnswerType.ADDRESS}
    assert expected_types("Le bureau des élections, il est où exactement ?") == {AnswerType.ADDRESS}
    assert expected_types("Où est-ce que je dois aller pour récupérer mon ordinateur ?") == {
        AnswerType.ADDRESS
    }
    assert expected_types("Where exactly do you think the problem lies?") == set()


@pytest.mark.parametrize(
    "question",
    ["Je veux candidater, j'ai jusqu'à quand ?", "What's the deadline to apply?", "By when must I apply?"],
)
def test_a_deadline_is_a_day_or_a_month_not_a_school_year(question: str) -> None:
    assert not states(AnswerType.DATE, "This page applies to the school year 2027-2028.", question)
    assert states(AnswerType.DATE, "Apply on the platform by 13 January 2027.", question)


def test_a_polite_request_for_a_fact_asks_for_it_and_a_favour_stays_yes_or_no() -> None:
    assert expected_types("Could you give me an e-mail for the faculty office?") == {AnswerType.EMAIL}
    assert expected_types("Could I get the phone number of the desk?") == {AnswerType.PHONE}
    assert expected_types("Can you tell me the deadline for the application?") == {AnswerType.DATE}
    assert expected_types("Can you give me a reduction on the fees?") == set()


def test_the_universitys_country_is_implied_like_its_name() -> None:
    assert named_terms("Does he need a residence permit once he's in France?") == []
    assert [t for t, _ in named_terms("Does he need a residence permit once he's in Spain?")] == [{"spain"}]


def test_is_that_a_problem_judges_the_askers_situation_and_names_no_object() -> None:
    from assistant.query.questions import asked_objects

    assert asked_objects("We'd like to show our results at a conference. Is that a problem?") == []
    assert asked_objects("Is there an issue with my visa?") == ["visa"]


def test_what_my_parents_have_to_sign_is_a_list() -> None:
    assert wants_unit("What do my parents have to sign?")
    assert wants_unit("What do I need to upload with the application?")
    assert wants_unit("What paperwork will the prefecture want from me?")


def test_the_action_whose_day_is_asked_comes_after_the_question_word() -> None:
    from assistant.query.questions import dated_action

    assert "appli" in dated_action("I want to be an assistant next year. Until when can I apply?")
    assert "applic" in dated_action(
        "Je veux être assistant l'an prochain, j'ai jusqu'à quand pour candidater ?"
    )
    assert "regist" in dated_action("When must I enrol?")
    # Applying describes the askers here; the assessment is what is dated.
    assert dated_action("Pour les médecins qui candidatent au DFMS, l'évaluation a lieu quand ?") == ()
    assert dated_action("How do I apply?") == ()


def test_one_in_a_yes_no_question_is_the_thing_the_asker_just_named() -> None:
    from assistant.query.questions import asked_objects

    question = "The composer we're inviting will need a piano. Is there one in the studio?"
    assert set(asked_objects(question)) == {"studio", "piano"}
    assert asked_objects("Is there one in the studio?") == ["studio"]
    # "Is there any extra pay…?": "any" opens a noun phrase, it stands for nothing named before.
    assert asked_objects("I'm the first aider for our lab. Is there any extra pay that comes with it?") == [
        "pay"
    ]


def test_bring_them_along_names_no_object_but_them() -> None:
    from assistant.query.questions import asked_objects

    assert asked_objects("Could the writer bring his wife and their two kids along?") == ["wife"]


def test_names_set_apart_by_a_dash_or_a_slash_are_two_names() -> None:
    assert [t for t, _ in named_terms("For the UK–Switzerland exchange, how many places are there?")] == [
        {"uk"},
        {"switzerland"},
    ]
    assert [t for t, _ in named_terms("What is the European University Association?")] == [
        {"european", "associ"}
    ]


def test_how_long_something_has_been_is_answered_by_since_when() -> None:
    from assistant.query.questions import states

    asked = "How long has UM been in that network?"
    assert states(AnswerType.DURATION, "The UM has been a member of the UNIMED network since 2019.", asked)
    assert states(AnswerType.DURATION, "UM has taken part for more than 10 years.", asked)
    # A rate is no length of time; "How long have I got…?" still asks for a delay.
    assert not states(AnswerType.DURATION, "Members can nominate 2 students a year.", asked)
    assert states(
        AnswerType.DURATION, "The link must be used within 7 days.", "How long have I got to use it?"
    )


def test_a_bound_counts_the_noun_named_before_it() -> None:
    question = "How many free teleconsultations can I book per semester while abroad?"
    stated = "You can book a teleconsultation with a doctor, free of charge, up to 2 per semester."
    assert states(AnswerType.COUNT, stated, question)
    assert not states(AnswerType.COUNT, "A doctor sees up to 2 students per day.", question)


def test_a_french_count_of_shows_is_told_by_the_texts_plural() -> None:
    # "show" is a stopword ("show me"), "shows" the noun the glossary gives for "émissions".
    asked = "Il faut faire combien d'émissions ?"
    assert states(AnswerType.COUNT, "2 ECTS credits after a semester: 12 shows on air, or 4 articles.", asked)
    assert not states(AnswerType.COUNT, "Students get 2 ECTS credits.", asked)


def test_a_short_request_after_the_question_asks_for_its_type() -> None:
    question = "Who at UM can I ask about going on exchange? Phone number please."
    assert AnswerType.PHONE in expected_types(question)
    assert AnswerType.EMAIL in expected_types("Who handles it? Just the e-mail.")
    assert expected_types("Which papers do I need? I'm Moroccan, phone number on file.") == frozenset()
    # The asker says what he needs after the question.
    question = "Which office runs the first aid courses? I need an email address to ask about the sessions."
    assert expected_types(question) == {AnswerType.EMAIL}


def test_how_quickly_asks_for_a_time() -> None:
    assert AnswerType.DURATION in expected_types("How quickly does UM pay the advance once I've asked?")
    assert AnswerType.DURATION in expected_types("How soon will I hear back?")


def test_a_comparison_is_told_by_its_words_not_by_two_names() -> None:
    assert is_comparison("How do they compare for hours and pay?")
    assert is_comparison("What's the difference between coordinating and being a partner?")
    assert is_comparison("Is the grade requirement the same for the Swiss places as for the British ones?")
    assert is_comparison("Quelle est la différence entre Madrid et Tunis ?")
    assert not is_comparison("Can I go to Spain and Mexico in the same year?")


def test_what_i_pay_asks_for_money() -> None:
    assert T.MONEY in expected_types("If I get picked, what do I pay out of my own pocket?")
    assert T.MONEY in expected_types("How much can UM put towards his travel?")


def test_when_or_a_verb_after_a_noun_is_no_object_of_a_yes_no_question() -> None:
    from assistant.query.questions import asked_objects

    question = "Is there a number I can ring in the middle of the night if my passport is stolen?"
    assert asked_objects(question) == ["passport"]


def test_a_month_with_its_year_is_a_date_not_a_name() -> None:
    assert named_terms("Can my internship end in October 2028?") == [({"2028"}, "")]
    # Alone, a month names when, as a country names where.
    assert len(named_terms("Does UM run a winter school, in February for example?")) == 1


def test_what_the_money_pays_for_is_no_sum() -> None:
    assert T.MONEY not in expected_types("What does the fee cover?")
    assert T.MONEY not in expected_types("What am I actually getting for the summer school fee?")
    assert T.MONEY in expected_types("How much is the fee?")
    # What someone can do for the asker: the things, a list.
    assert wants_unit("What can a consulate actually do for me if my passport goes missing abroad?")


def test_what_happens_if_asks_for_a_consequence_not_a_list() -> None:
    assert not wants_unit("What happens if my wifi cuts out halfway through?")
    assert wants_unit("What happens after I apply?")


def test_what_a_role_involves_is_a_list_of_its_tasks_not_a_procedure() -> None:
    for question in (
        "What does a buddy do?",
        "What exactly is expected of a mentor?",
        "What are buddies expected to do?",
        "Concrètement, on attend quoi d'un buddy ?",
        "Que fait un parrain ?",
    ):
        assert wants_unit(question), question
        assert not wants_steps(question), question
        assert focus_terms(question) == [], question  # the role acts; its tasks are asked
    # The asker's own doing is still a procedure.
    assert wants_steps("What do I have to do?")
    assert wants_steps("What are we expected to do?")
    assert wants_steps("What does the student need to do?")


def test_the_address_of_someone_to_email_is_an_e_mail() -> None:
    assert expected_types("I need to email the travel clinic about my jabs. What's the address?") == {T.EMAIL}
    assert expected_types("I want to drop by the travel clinic. What's the address?") == {T.ADDRESS}


def test_the_right_order_of_things_to_do_is_a_procedure() -> None:
    assert wants_steps("I fly home on 20 June. What's the right order of things to do before I leave?")
    assert not wants_steps("Do I need a mission order for a trip to Spain?")


def test_everyday_questions_for_members_of_a_set_are_lists() -> None:
    assert wants_unit("C'est quoi les arnaques les plus courantes contre les étudiants étrangers ?")
    assert wants_unit("Il lui faut quoi comme papiers pour entrer en France ?")
    assert not wants_unit("C'est quoi les horaires du bureau ?")  # a typed fact
    assert wants_unit("What should I double-check before sending any money for a room?")


def test_whose_before_the_counted_noun_is_no_plural() -> None:
    question = "How many master's fieldwork grants is UM giving out this year?"
    assert satisfies({T.COUNT}, "UM funds 70 fieldwork grants for master's students in 2027-2028.", question)
    assert not satisfies({T.COUNT}, "A stay of 3 weeks is paid as one month.", question)


def test_the_most_someone_can_lend_is_a_sum() -> None:
    assert T.MONEY in expected_types("What's the most UM can lend me for the deposit on my room abroad?")
    assert T.MONEY in expected_types("What is the most the college will give?")
    assert T.MONEY not in expected_types("What is the most popular destination?")


def test_how_a_yes_no_question_wants_it_done_is_asked_of_the_page() -> None:
    from assistant.query.questions import asked_manner

    assert asked_manner("Can I report a scam to the Student Safety unit anonymously?") == ["anonymously"]
    assert asked_manner("Can I actually report it online?") == []  # how the question is meant
    assert asked_manner("How do I report a scam anonymously?") == []  # no yes/no question


def test_a_sum_asked_for_a_period_is_not_one_given_per_something_else() -> None:
    question = "How much extra a month would UM give me for taking both my kids along?"
    assert expected_types(question) == {T.MONEY}
    assert states(T.MONEY, "family top-up, first child | €180 per month | paid with your grant", question)
    assert not states(T.MONEY, "extra luggage for the child | up to €100 per mobility", question)
    assert states(T.MONEY, "The top-up is €180.", question)  # a sum given for no unit may be it
    assert states(T.MONEY, "extra luggage | up to €100 per mobility", "How much is the luggage allowance?")
    assert expected_types("How much extra luggage can I take?") != {T.MONEY}


def test_the_askers_own_phone_is_a_device_not_a_number_asked_for() -> None:
    assert T.PHONE not in expected_types("Could I use the translator app on my phone in the exam?")
    assert T.PHONE not in expected_types("Which phone plan should I choose?")
    assert T.PHONE in expected_types("What is the phone number of the desk?")
    assert T.PHONE in expected_types("What is your phone number?")


def test_a_share_of_the_things_counted_says_how_many() -> None:
    asked = "How many sessions must I attend to get the certificate?"
    assert states(AnswerType.COUNT, "Students who attend at least 80% of the sessions get it.", asked)
    # A share of one thing is how much of it, not how many: "80% of the grant".
    grants = "How many research visit grants are there?"
    assert not states(AnswerType.COUNT, "80% of the grant is paid before departure.", grants)


def test_a_bound_on_the_pages_own_word_for_the_things_counted_says_how_many() -> None:
    asked = "For the legal clinic form, how many documents can I attach?"
    attach = "Attach copies of your documents, such as the lease: at most 5 files of 10 MB each."
    assert states(AnswerType.COUNT, attach, asked)
    assert not states(AnswerType.COUNT, "Send your documents within at most 5 days.", asked)  # a delay


def test_getting_hold_of_a_thing_is_no_contact_asked() -> None:
    assert AnswerType.CONTACT not in expected_types("How do I get hold of the free SIM card UM gives out?")
    assert AnswerType.CONTACT not in expected_types("How do I get hold of a copy of my transcript?")
    assert AnswerType.CONTACT in expected_types("How can I get hold of the welcome desk?")
    assert AnswerType.CONTACT in expected_types("How do I get hold of someone at the office?")


def test_how_long_a_text_must_be_asks_for_its_length_not_a_duration() -> None:
    assert AnswerType.DURATION not in expected_types("How long does the French summary have to be?")
    assert AnswerType.DURATION not in expected_types("How long should my motivation letter be?")
    assert AnswerType.DURATION in expected_types("How long does the report take to be validated?")
    assert AnswerType.DURATION in expected_types("How long is the thesis defence?")


def test_what_to_have_on_you_is_a_list_of_things_to_carry() -> None:
    assert wants_unit("My parents are flying over. What should they have on them when they travel?")
    assert wants_unit("What do I need to have with me at the interview?")


def test_the_action_a_way_is_asked_for_is_what_the_page_must_name() -> None:
    from assistant.query.questions import asked_objects

    assert "appeal" in asked_objects("Is there any way to appeal that decision?")
    assert asked_objects("Is there a way to resit the exam?") == ["exam", "resit"]
    # "a chance", "an option" are as vague as "a way": the action is what is asked.
    assert asked_objects("Is there a chance to resit the exam?") == ["exam", "resit"]
    assert asked_objects("Is there an option to pay in instalments?") == ["pay"]


@pytest.mark.parametrize(
    "question",
    [
        "How far ahead do I need to book that?",
        "How far in advance must we apply?",
        "How early do I need to book?",
    ],
)
def test_how_far_ahead_asks_for_a_lead_time(question: str) -> None:
    assert expected_types(question) == {AnswerType.DURATION}


def test_a_french_noun_and_its_adjective_held_as_one_thing_are_one_object() -> None:
    from assistant.query.questions import asked_objects

    # « les personnes âgées » are elderly people: "people" alone is named by any page.
    objects = asked_objects("On peut aussi faire des visites chez les personnes âgées ?")
    assert "elderly person" in objects and "people persons" not in objects
    # A complement after « de » stays a noun of its own.
    assert "hospital" in asked_objects("Est-ce que l'UM prend en charge les frais d'hôpital ?")


def test_dos_and_don_ts_and_etiquette_rules_are_lists_of_rules() -> None:
    from assistant.query.paraphrase import extra_terms
    from assistant.query.questions import focus_terms

    question = "What are the dos and don'ts when you're running as somebody's guide?"
    assert wants_unit(question) and focus_terms(question) == ["dos|rule"]
    assert "rule" in extra_terms("Are there any etiquette rules I should know about?")


def test_how_to_travel_somewhere_is_no_procedure() -> None:
    from assistant.query.questions import asks_transport

    for question in (
        "Is there a way to get to the prison for the Tuesday workshops?",
        "Can staff go on the rounds, and how would I get home afterwards?",
        "Is there any transport out to the beach?",
        "How would I get out to the riding lessons on a Tuesday evening?",
        # The asker and what they carry, taken there.
        "Do I have to pay the entry fee myself and work out how to get me and my bike to the lake?",
    ):
        assert asks_transport(question) and not wants_steps(question), question
        assert not wants_unit(question), question  # a line on a minibus, not a list of rules
    # The asker's arrival dates the question: it asks for a procedure, not a way there.
    arrival = "What should I do so my student card is ready when I get there?"
    assert not asks_transport(arrival) and wants_steps(arrival)
    # "get to use it" is being allowed to, not travelling.
    assert not asks_transport("How do I get to use the darkroom?")
    assert wants_steps("How do I get to use the darkroom?")
    # A goal reached step by step is no journey.
    goal = "The teacher says I could try for my first grade. What do I have to do to get there, step by step?"
    assert not asks_transport(goal) and wants_steps(goal)


def test_a_pronoun_for_the_story_makes_the_story_what_is_asked() -> None:
    from assistant.query.questions import asked_part

    # "that" and "it" stand for what the asker told: its words are asked about, and a page that
    # lacks them (onions, crying) does not answer.
    question = "Every time I cut onions I end up crying. Why does that happen, and how do I stop it?"
    assert "onions" in asked_part(question)
    assert asked_part("I'm a PhD student. How do I apply?") == "How do I apply?"


def test_a_typed_question_after_a_yes_or_no_one_is_typed() -> None:
    question = "I'm curious about korfball. Can I try it once for free? When is that, and where?"
    assert expected_types(question) == {T.DATE}
    assert expected_types("Do I have to pay? Is it free?") == set()


def test_a_portion_is_of_the_thing_after_it() -> None:
    from assistant.query.questions import asked_objects, offered_instead

    assert asked_objects("Could I bring a bit of my grandmother's old gold?") == ["gold"]
    assert asked_objects("Can I bring a couple of friends?") == ["friends"]
    # "Some kind of permit" asks for any formality: no object of its own.
    assert asked_objects("Do I need some kind of permit before I publish?") == []
    # The other way a yes/no question offers, which a page may name instead of the first.
    assert offered_instead("Do I need to post a cheque, or is it all done online?") == ["onlin"]
    assert offered_instead("Do I need to post a cheque?") == []


def test_the_kind_of_thing_a_procedure_acts_on() -> None:
    from assistant.query.questions import procedure_kind, procedure_object

    assert procedure_kind("How do I open a French bank account as a non-EU student?") == "bank"
    assert procedure_object("How do I open a French bank account as a non-EU student?") == "account"
    # A lowercase noun ending like a nationality is a noun.
    assert procedure_object("How do I get the law clinic to look at it?") == "clinic"
    assert procedure_object("How do I apply for a loan?") == "loan"
    assert procedure_kind("How do I get my UM account?") is None


def test_a_request_for_a_contact_asks_about_no_object() -> None:
    from assistant.query.questions import asked_manner, asked_objects

    assert asked_objects("Do you have the number of the person who coordinates the counts?") == []
    # A noun that ends as an adverb does says no manner.
    assert asked_manner("Does the club also run butterfly counts quietly?") == ["quietly"]


def test_a_french_question_s_names_are_no_things_it_asks_about() -> None:
    from assistant.query.questions import asked_objects, untranslated_objects

    # "le Tapis Vert" is the club, not a carpet.
    assert asked_objects("Il faut que j'achète ma propre queue pour le Tapis Vert ?") == ["queue cue"]
    # A word after "de" that the glossary lacks is a noun, however it ends.
    assert "snooker" in untranslated_objects("Le club a aussi une table de snooker ?")
    # What the asker compares it with, and the age of whom they ask for, are not asked about.
    question = "Au kin-ball, on a le droit de renvoyer le ballon de la tête comme au foot ?"
    assert asked_objects(question) == ["ball", "head"]
    question = "Ma fille a 17 ans. Elle peut s'inscrire à l'orchestre de mandolines à son âge ?"
    assert untranslated_objects(question) == []
    assert asked_objects(question) == ["orchestra", "mandolin"]


def test_the_thing_a_date_or_price_is_asked_of() -> None:
    assert asked_thing("When is Tri Lez's winter duathlon, and how long is the running leg?") == [
        "winter",
        "duathlon",
    ]
    assert asked_thing("How much does it cost per afternoon to use the power hammer at L'Enclume?") == [
        "power",
        "hammer",
    ]
    assert asked_thing("When is the festival itself?") == ["festival"]
    # What is done to it, a measure and a size are no things: "set up", "each month", "big".
    assert asked_thing("When was that network set up?") == []
    assert asked_thing("And how much is the researcher paid each month?") == []
    assert asked_thing("When is the ukulele club's big concert this year?") == ["concert"]


def test_the_other_way_the_asker_guesses_is_neither_a_thing_asked_about_nor_a_trip() -> None:
    question = "If visitors slip me a tip, am I allowed to keep it, or does it go to the Office?"
    assert asked_objects(question) == []  # the Office is the guess, not what is asked about
    assert not asks_transport(question)  # a tip that goes to someone is given, nobody travels
    assert asks_transport("How would I get home afterwards?")
    # Another person's guess too; "somewhere to sleep" names no thing (the texts' housing covers it).
    assert asked_objects("Is there a class for him, or would he have to go to the normal classes?") == [
        "class"
    ]
    assert asked_objects("Does the deal include somewhere to sleep, or do I come back every evening?") == []


def test_the_askers_case_before_people_like_him_is_what_is_asked_for() -> None:
    from assistant.query.extractive import ExtractiveComposer
    from assistant.query.paraphrase import extra_terms

    question = "My flatmate is partially sighted. Is there something for people like him?"
    assert "sight" in ExtractiveComposer.asked_terms(question)
    # The texts' words for a student's disability and for the exam paper one consults.
    assert "disabl" in extra_terms(question)
    assert "script" in extra_terms("Can I look at the paper I failed?")


def test_how_to_tell_things_apart_is_no_procedure() -> None:
    assert not wants_steps(
        "Et sur le papier, comment je fais la différence entre les traces d'un hérisson et d'un rat ?"
    )
    assert not wants_steps("Comment reconnaître un lichen ?")
    assert wants_steps("Comment je fais pour m'inscrire ?")


def test_the_hours_asked_are_said_by_the_clock() -> None:
    from assistant.query.questions import states

    question = "What's the hourly pay, and what are the working hours?"
    assert AnswerType.DATE in expected_types("What are the working hours?")
    assert AnswerType.DATE in expected_types("At what time does the coach leave?")
    assert not states(AnswerType.DATE, "Students enrolled in 2027-2028 can apply.", question)
    assert states(AnswerType.DATE, "Pickers work from 7:00 to 14:00.", question)
    assert states(AnswerType.DATE, "The desk opens at 9 am.", "Les horaires du bureau ?")
    # "What are the hours each day?" asks them too.
    each_day = "What are the hours each day?"
    assert not states(AnswerType.DATE, "The hours count towards the hours 2027-2028 allows.", each_day)
    assert states(AnswerType.DATE, "Leaders work from 8:15 to 17:45.", each_day)


def test_the_language_an_activity_is_held_in_is_named() -> None:
    from assistant.query.questions import named_terms

    asked = "When are the club's Scrabble evenings in Spanish, and do they cost anything?"
    assert ({"spanish"}, "s") in named_terms(asked)  # an evening in English does not answer it
    assert named_terms("Is there a Japanese partner university?") == []  # a description, not a name


def test_stepping_somewhere_is_no_procedure_and_rules_asked_after_a_story_are_a_list() -> None:
    from assistant.query.questions import wants_steps, wants_unit

    question = "My first training is on Tuesday. Are there safety rules to know before I step onto the pitch?"
    assert not wants_steps(question) and wants_unit(question)
    assert wants_steps("What are the steps to join the squad?")
    # A code of conduct, and what one must never do, are rules: a list.
    assert wants_unit("Is there a code of conduct for the night walks?")
    assert wants_unit("What am I absolutely not allowed to do out there?")
    assert wants_unit("What must we never do on a transect?")


def test_an_adjective_naming_a_kind_says_which_kind_is_asked() -> None:
    from assistant.query.questions import asked_modifiers

    question = "Does the club also run artistic swimming sessions, and when?"
    assert "artistic" in asked_modifiers(question)
    assert "electric" in asked_modifiers("Can I rent electric bikes there?")
    # How big or how good it is says no kind.
    assert "total" not in asked_modifiers("Is there a session for a total beginner like me?")


def test_what_a_scheme_covers_or_includes_is_asked_about() -> None:
    from assistant.query.questions import asked_objects

    assert "athletes" in asked_objects("Do the special study arrangements cover high-level athletes?")
    assert "meals" in asked_objects("Does the price include meals?")


def test_what_it_would_set_me_back_asks_a_price() -> None:
    from assistant.query.questions import AnswerType, expected_types

    assert AnswerType.MONEY in expected_types("What would the full traditional course set me back?")


def test_the_asker_s_other_guess_names_nothing_the_answer_must() -> None:
    from assistant.query.questions import named_terms

    question = (
        "Is it too late to ask for the spring semester, or was there just one deadline back in September?"
    )
    assert named_terms(question) == []
    assert named_terms("Is there a deadline in September for the spring semester?") != []


def test_what_the_asker_sets_aside_is_not_asked() -> None:
    assert AnswerType.MONEY not in expected_types("Apart from the pay, what else do we get with the job?")
    assert AnswerType.MONEY not in expected_types(
        "À part le salaire, on a droit à quoi avec ce partenariat ?"
    )
    assert AnswerType.MONEY in expected_types("What is the salary for the job?")


def test_contact_in_a_sport_is_no_contact_line() -> None:
    assert AnswerType.CONTACT not in expected_types("Are there any limits on contact for me?")
    assert AnswerType.CONTACT not in expected_types("Can I play contact rugby at 17?")
    assert AnswerType.CONTACT in expected_types("Who should I contact about the rugby club?")


@pytest.mark.parametrize(
    "question",
    [
        "What should I wear and bring for the stone carving workshop?",
        "What papers should I pack for my daughter when we head abroad?",
        "What gear do I need for the caving outing?",
        "Qu'est-ce que je dois mettre et apporter pour le cours d'autodéfense ?",
        "D'accord. Et il faut apporter quoi comme papiers ?",
        "Do I need to bring anything for the first session?",
        "Je dois apporter quelque chose ?",
        "Première matinée de comptage mercredi. Il faut prendre quoi ?",
        "Première sortie lundi, il va faire chaud. Je prends quoi ?",
        "On amène quoi pour la sortie ?",
        # Spoken French brings back what it brings: « ramener ».
        "Qu'est-ce que je dois ramener aux entraînements ?",
    ],
)
def test_what_to_bring_or_wear_is_asked(question: str) -> None:
    assert asks_kit(question)


@pytest.mark.parametrize(
    "question",
    [
        "Can I bring my dog to the library?",
        "What should I do if I lose my card?",
        "Que dois-je faire ensuite ?",
        "Qu'est-ce que je dois faire pour porter plainte ?",
        "Qu'est-ce qu'il faut mettre en place avec le partenaire ?",
        "Do I need to bring my passport?",
        "Je dois prendre quoi comme bus pour aller au campus ?",
        # What the agreement offers, not what the asker brings.
        "Concrètement, l'accord avec la Ville, il apporte quoi aux étudiants ?",
        # What the asker is given, not what they bring.
        "For the festival job, what gear do they hand out to us?",
        "What equipment is provided on the day?",
    ],
)
def test_a_question_about_bringing_one_thing_or_doing_something_asks_no_kit(question: str) -> None:
    assert not asks_kit(question)


def test_what_to_bring_is_said_by_the_instruction_or_the_heading_not_by_taking_part() -> None:
    assert says_kit("Come in old clothes that cover your arms.")
    assert says_kit("Documents to take for your child")
    assert not says_kit("To take part, proceed as follows:")
    assert not says_kit("The workshop has five rules:")


def test_a_statement_with_a_tag_is_a_yes_no_question_about_what_the_asker_wants_to_do() -> None:
    question = "My little brother is 15 and would like to do judo at the club, is that possible?"
    assert is_yes_no(question)
    assert asked_objects(question) == ["club"]  # not the brother the statement names
    assert not is_yes_no("My little brother is 15 and would like to do judo at the club.")


def test_on_the_spot_names_no_thing() -> None:
    from assistant.query.questions import asked_objects

    assert asked_objects("If I get hurt during a session, is there first aid on the spot?") == []


def test_what_a_question_asks_whether_it_is_part_of_is_asked_about() -> None:
    from assistant.query.questions import asked_objects

    assert "scorpions" in asked_objects("Are scorpions part of the Toiles survey too?")
    assert "housing" in asked_objects("Is housing part of what I pay for the summer school?")
    assert "it" not in asked_objects("Is it part of the course?")


def test_a_table_of_whom_to_reach_is_told_from_a_table_of_workshops() -> None:
    from assistant.domain import Chunk
    from assistant.query.extractive import _reach_table

    def table(text: str) -> Chunk:
        # One span per line, as ingest gives a table: its header, then one per row.
        starts = [0, *(i + 1 for i, ch in enumerate(text) if ch == "\n")]
        ends = [*(s - 1 for s in starts[1:]), len(text)]
        spans = tuple(zip(starts, ends, strict=True))
        return Chunk("c", "d.md", "T", None, None, 0, text, spans, kind="table", lead=1)

    reach = (
        "Situation | Who | How to reach them\n"
        "- a question on the workshops | the club | cosplay@asso.umontpellier.fr\n"
        "- an injury backstage | the security post | +33 4 65 82 99 30"
    )
    workshops = (
        "Workshop | When | Where | Price\n- foam armour | Tuesday | room 12 | €20\n- wigs | Friday | €15"
    )
    assert _reach_table(table(reach))
    assert not _reach_table(table(workshops))


@pytest.mark.parametrize(
    "question",
    [
        "How do I tell a dragonfly from a damselfly?",
        "What's the difference between the two ants?",
        "Ok et comment je reconnais la fourmi d'Argentine et la Tapinoma ?",
        "Comment je fais la différence entre les traces d'un hérisson et celles d'un chat ?",
        "La nuit, comment je sais si c'est un ver luisant ou une luciole ?",
        "I'm clueless about birds, so how will I know it's a nightingale and not some other bird?",
        "Mais sur place, comment je sais que c'est un terrier de guêpier et pas un trou d'hirondelle ?",
    ],
)
def test_telling_things_apart_is_asked(question: str) -> None:
    from assistant.query.questions import asks_difference

    assert asks_difference(question)


def test_a_question_that_tells_nothing_apart() -> None:
    from assistant.query.questions import asks_difference

    assert not asks_difference("How do I apply for the survey?")
    assert not asks_difference("How do I know it is accepted or not?")
    assert not asks_difference("Comment je m'inscris au comptage ?")


def test_where_is_it_of_the_office_the_story_names_asks_its_address() -> None:
    assert AnswerType.ADDRESS in expected_types("I'd rather go straight to the desk. Where is it exactly?")
    assert AnswerType.ADDRESS in expected_types("Je préfère passer au bureau. C'est où exactement ?")
    # With no office named, "where is it" may ask where an event or a place is: no address.
    assert AnswerType.ADDRESS not in expected_types("The race sounds fun. Where is it exactly?")
    assert AnswerType.ADDRESS not in expected_types("C'est où exactement ?")


def test_a_bare_plural_asked_of_too_is_asked_about_word_by_word() -> None:
    from assistant.query.questions import asked_objects

    assert asked_objects("Does Bourdons count hornets too?") == ["hornets"]
    # A word that is its own plural, or a singular thing: a page that never names it says nothing.
    assert asked_objects("Does Cavalets count cuttlefish too?") == ["cuttlefish"]
    # Another thing asked after it: "…too, or put up nest boxes for them?"
    assert "hoopoes" in asked_objects(
        "Does Processionnaire count hoopoes too, or put up nest boxes for them?"
    )
    assert asked_objects("Does the club play rugby too?") == ["rugby"]
    # A subject of several words and a verb with its preposition: "…help with [scooters] too".
    assert "scooters" in asked_objects(
        "Does the Daily Matters Desk help with scooters too, and would I get one?"
    )
    assert asked_objects("Does it work there too?") == []
    assert sorted(asked_objects("Does the club lend tennis rackets as well?")) == ["rackets", "tennis"]
    # "more for students" says how much and for whom, not a thing done.
    assert asked_objects("Does it cost more for students too?") == []


def test_c_est_combien_le_or_la_asks_a_price() -> None:
    # Spoken French: « C'est combien l'adhésion ? » asks what it costs, « c'est combien de places ? » a count.
    assert AnswerType.MONEY in expected_types("C'est combien l'adhésion à Sekar Laut pour un étudiant ?")
    assert AnswerType.MONEY not in expected_types("C'est combien de places ?")


def test_what_the_asker_sets_aside_at_the_end_is_not_asked() -> None:
    question = "Aux salins, avec l'accord entre la fac et l'asso, on a droit à quoi à part le salaire ?"
    assert AnswerType.MONEY not in expected_types(question)
    assert wants_unit(question)
    # The pay asked for, the bonuses set aside: still a sum.
    assert AnswerType.MONEY in expected_types("C'est combien le salaire, à part les primes ?")


def test_how_to_reach_them_asked_beside_the_days_is_still_asked() -> None:
    # The time asked beside a contact word keeps the contact as the topic ("by what date must the
    # request reach the office?"), but a clause of its own asks how to reach them.
    for question in (
        "Which office handles that, how do I reach them, and which days are they in?",
        "C'est quel service qui gère ça, comment je les contacte, et ils sont là quels jours ?",
        "C'est quel service qui gère ça, je les contacte comment, et ils sont là quels jours ?",
    ):
        assert {AnswerType.CONTACT, AnswerType.DATE} <= expected_types(question)
    assert AnswerType.CONTACT not in expected_types("By what date must the request reach the office?")


def test_when_the_paid_work_is_done_is_asked_about() -> None:
    from assistant.query.questions import asked_objects

    # A page on the pay that never names holidays cannot say whether they pay more.
    question = "Does the association pay extra for working on public holidays like 14 July or 15 August?"
    assert "holidays" in asked_objects(question)
    assert asked_objects("Do they pay more for working on Sundays?") == ["sundays"]


def test_an_activity_named_before_the_head_says_which_kind() -> None:
    from assistant.query.questions import asked_modifiers

    # A page on the club's sessions that never says "scuba" does not run a scuba diving course.
    assert "scuba" in asked_modifiers("Does Poulpes also run a scuba diving course?")
    assert asked_modifiers("Is there a wine tasting club?") == ["wine", "tasting"]
    # A pocket size says how big, not which thing: a pocket dictionary is a dictionary.
    assert asked_modifiers("Can I bring my pocket dictionary into the exam?") == []


def test_compare_the_two_before_the_points_listed_is_a_comparison() -> None:
    from assistant.query.questions import is_comparison

    question = (
        "Should I do a discovery evening first or the beginners' course? Can you compare the two for "
        "me: what you make, when they happen and how much each costs?"
    )
    assert is_comparison(question)
    assert not is_comparison("Can you tell me about the two courses: when are they?")


def test_whom_a_kind_is_for_names_the_kind() -> None:
    from assistant.query.questions import asked_modifiers

    # Whom a kind is for names it too: a page on the one team that never says "women" has no
    # women's team; an owner ("the club's kayak") names no kind.
    assert asked_modifiers("Does Poulpes have a women's team for the championship?") == ["women"]
    assert asked_modifiers("Can I use the club's kayak?") == []


def test_what_is_asked_at_um_after_the_story_is_its_focus() -> None:
    from assistant.query.questions import focus_terms

    question = (
        "My cousin plays hockey in Spain and says every member there has to buy the licence. At UM's "
        "hockey association, how much is membership for a student?"
    )
    assert focus_terms(question) == ["membership"]
    # A story before a question with no such opening keeps no focus of its own.
    assert focus_terms("My cousin pays for the licence. How much is it?") == []


def test_what_is_said_of_a_thing_after_its_noun_is_not_the_thing_asked_about() -> None:
    # "Is the licence [compulsory]?": a page on the licence says whether, without that word.
    assert asked_objects("Is the licence compulsory for everyone?") == ["licence"]
    assert asked_objects("Is a helmet mandatory for everyone?") == ["helmet"]


def test_a_hyphenated_word_that_begins_like_a_verb_is_no_verb_of_when() -> None:
    from assistant.query.questions import dated_subject

    # "end-of-season" is not "end": the ride's date is asked, not when something "big" ends.
    assert dated_subject("When is the mountain bike club's big end-of-season ride?") == []
    assert dated_subject("When does the Christmas market open?") == ["market"]


def test_a_way_out_of_the_askers_trouble_is_no_thing_asked_about() -> None:
    # "Is there a solution?": the page states what to do, without the word.
    assert asked_objects("My neighbours will hate me. Is there a solution?") == []


def test_an_ellipsis_ends_the_askers_story_as_a_full_stop_does() -> None:
    from assistant.query.questions import asked_part

    question = "Mes voisins vont me détester… Il y a une solution ?"
    assert asked_part(question) == "Il y a une solution ?"
    assert asked_part("My flat has paper walls… Is there a solution?") == "Is there a solution?"


def test_the_question_after_a_statement_given_as_known_is_what_is_asked() -> None:
    from assistant.query.questions import asked_part

    question = "The Family Desk gives a birth kit, but do they also lend a pram or a car seat?"
    assert asked_part(question) == "do they also lend a pram or a car seat?"
    assert {"pram", "seat"} <= set(asked_objects(question))
    request = "Tell me the fee, and is there a discount?"
    assert asked_part(request) == request
    from assistant.query.questions import told_first

    assert told_first(question + " Ours is lost.") == "The Family Desk gives a birth kit"
    assert told_first(request) == ""


def test_things_named_alone_after_a_verb_are_asked_about() -> None:
    # Mass nouns joined by "and", and a single thing named last: a page that never names them
    # says neither yes nor no.
    objects = asked_objects("Do the farms also hire students to make chestnut cream and jam there?")
    assert {"cream", "jam"} <= set(objects)
    assert "kho-kho" in asked_objects("Does Souffle also play kho-kho?")
    assert asked_objects("Do you also run online?") == []


def test_those_asked_too_are_the_things_the_story_names() -> None:
    question = "There are loads of hoverflies and lacewings here. Do the volunteers count those too?"
    assert {"hoverflies", "lacewings"} <= set(asked_objects(question))
    assert "loads" not in asked_objects(question)


def test_a_tiny_asker_is_what_the_texts_call_small() -> None:
    from assistant.query.paraphrase import extra_terms

    # "I'm tiny… Am I going to get flattened?" against the FAQ "I'm small and not very strong".
    assert "small" in extra_terms("Sounds fun, but I'm tiny. Am I going to get flattened?")
    # "help me eat better" is what the texts call a dietitian's advice.
    assert "dietitian" in extra_terms("Does the university have someone who can help me eat better?")
    # A player "whacked" by a stick is the texts' player hit by it.
    assert "hit" in extra_terms("What if I get whacked on the hand by one of those sticks?")
    # A service that can "see me" gives a meeting, an appointment.
    assert "meet" in extra_terms("How quickly can UM see me?")
    # To "crash at a friend's place with my stuff" is to stay there with one's things.
    assert {"stay", "belong"} <= set(extra_terms("Can I crash at a friend's place with my stuff?"))
    # How many "fit in" a minibus is how many it takes.
    assert "take" in extra_terms("How many volunteers fit in each minibus?")
    # Never having danced is having no experience; not a word of Hindi, no knowledge of it.
    assert {"experi", "knowledg"} <= set(extra_terms("I've never danced and I don't speak a word of Hindi."))
    # "Is that a good idea?" judges what the asker was told to do: no thing a page must name.
    from assistant.query.questions import asked_objects

    assert asked_objects("My neighbour says I should spray the room. Is that a good idea?") == []
    # "all-Polish" says who is in the team, which a rule for any nationality answers.
    assert asked_objects("Can we enter as an all-Polish team?") == ["team"]
    # "I weigh 58 kilos" against "you fight only in your own weight category".
    assert "weight" in extra_terms("Sounds fun, but I weigh 58 kilos. Am I going to get flattened?")
    # "note cards" on stage are the texts' notes.
    assert "note" in extra_terms("Am I allowed to hold a couple of note cards on stage?")


def test_a_bare_when_is_it_asks_the_date_of_the_thing_the_story_names() -> None:
    from assistant.query.questions import pointed_thing

    story = "A friend told me you really shouldn't miss the info meeting if you want to work there."
    assert pointed_thing(f"{story} When and where is it?") == "meeting"
    assert pointed_thing(f"{story} When?") == "meeting"
    # « une pote [de la fac] » says whose friend: the thing is the meeting.
    french = "Une pote de la fac m'a dit qu'il fallait pas rater la réunion d'info. C'est quand et où ?"
    assert pointed_thing(french) == "meeting"
    # A question that names its thing, or asks more than when, points at nothing.
    assert pointed_thing(f"{story} When is the training?") is None
    assert pointed_thing(f"{story} How much does it cost?") is None


def test_a_storys_names_are_those_the_asked_part_does_not_name() -> None:
    # Each sentence of the story starts anew, and so does what follows a possessive: "Ancre's
    # Monday trainings" names Ancre, not a club "Ancre Monday"; what the asked part names (the
    # Ancre Trophy) is no story name.
    question = (
        "I pulled at every harvest fair back home. I've been going to Ancre's Monday trainings since "
        "October. What do I need to do to get picked for the Ancre Trophy?"
    )
    assert [terms for terms, _ in story_names(question)] == [{"octob"}]
    picked = "I go to Ancre's trainings. How do I get picked?"
    assert [terms for terms, _ in story_names(picked)] == [{"ancr"}]


def test_what_else_a_yes_no_question_asks_the_doer_does() -> None:
    assert also_done("Do the Fourmilion volunteers also record which kinds of ants get caught?") == (
        "record",
    )
    assert "loan" in also_done("Does the club also lend bikes?")
    # A verb that says little leaves the thing to say it; a thing's doing is in the page's words.
    assert also_done("Does the club also have courts?") == ()
    assert also_done("Does that also keep my room in the residence?") == ()


def test_whether_kinds_of_a_thing_are_dealt_with_is_no_list() -> None:
    assert not wants_unit("Do the volunteers also record which kinds of ants get caught?")
    assert wants_unit("Can you tell me which kinds of grants exist?")
    assert wants_unit("Do you know what kinds of rooms there are?")


def test_a_story_of_another_university_is_told_elsewhere_whatever_its_city() -> None:
    # Riga is on no city list; "a university in" says the story is another university's.
    assert told_elsewhere(
        "My cousin jousts at a university in Riga and says every member has to buy the licence. "
        "At UM's water jousting association, how much is membership?"
    )
    assert not told_elsewhere("My cousin says every member has to buy the licence. How much is membership?")


def test_a_request_without_a_question_mark_is_what_is_asked() -> None:
    from assistant.query.questions import asked_part, named_terms

    told = "I heard the club sends two teams to the championship in Périgueux. "
    asked = "Talk me through how to get selected, every deadline included please."
    assert asked_part(told + asked) == asked
    # The story's place is not what the request names: "Périgueux. Talk" is no name.
    assert named_terms(told + asked) == []
    assert asked_part("Tell me a joke about professors.") == "Tell me a joke about professors."


def test_the_dates_asked_beside_a_procedure_are_its_steps_dates() -> None:
    assert wants_steps("Talk me through how to get selected, every deadline included please.")
    assert wants_steps(
        "They're sending teams to a tournament: what's the process to get picked, with the dates?"
    )
    assert not wants_steps("When is the deadline to apply?")


def test_whether_a_thing_is_ever_done_and_a_count_of_what_was_done_name_the_deed() -> None:
    assert also_done("For Lièvre, do volunteers ever catch hares to fit them with GPS collars?") == ("catch",)
    # "counted 1,310 hares" is no count of hares tagged.
    assert also_done("How many hares were tagged last year?") == ("tag",)
    # How many may be, or are picked, is said in other words ("has room for 20 teams").
    assert also_done("How many teams are allowed in the cup?") == ()
    assert also_done("How many stands get picked?") == ()


def test_a_word_opening_a_sentence_and_where_the_asker_goes_are_no_names() -> None:
    from assistant.query.questions import named_terms

    assert named_terms("Ice? Butter? Toothpaste (my mum swears by it)? What works?") == []
    told = "Does Manchette have a tournament? I leave for Santiago on 6 June, so I need the date?"
    assert ({"santiago"}, "s") not in named_terms(told)
    assert ({"manchett"}, "m") in named_terms(told)
    told = "Does Manchette have a tournament? We're leaving for Santiago in June, so I need the date?"
    assert ({"santiago"}, "s") not in named_terms(told)


def test_a_smartwatch_is_a_watch_and_a_limit_on_how_many_is_the_room_there_is() -> None:
    from assistant.query.paraphrase import extra_terms

    assert "watch" in extra_terms("Can I keep my smartwatch on to track my heart rate?")
    assert "room" in extra_terms("Is there a limit on how many teams get in?")


def test_a_martial_arts_background_is_experience_of_a_combat_sport() -> None:
    from assistant.query.paraphrase import extra_terms

    assert {"experi", "combat"} <= set(extra_terms("Do I need any martial arts background to join?"))
    assert "certif" in extra_terms("Is there paperwork I have to hand in?")
    assert "rule" in extra_terms("What are the house rules at Courbe?")
    assert "insur" in extra_terms("What's my deadline for telling the insurance company?")


def test_the_dates_asked_beside_a_french_procedure_are_its_steps_dates() -> None:
    assert wants_steps("Ça se passe comment, de la candidature jusqu'au premier jour ? Avec les dates svp")
    assert wants_steps("Pour passer au cours suivant, je dois faire quoi, et avant quelles dates ?")
    assert not wants_steps("C'est quand, la date limite ?")


def test_conditions_each_with_its_deadline_are_steps() -> None:
    assert wants_steps(
        "My teacher hinted there's an exam in spring. What are the conditions for sitting it, and the "
        "deadline for each one?"
    )
    assert not wants_steps("What are the conditions for sitting the exam?")
    assert wants_steps("What's required to grab one of the spots, and what's the cut-off for each bit?")
    # "everything we have to do, from signing up through to the final": the whole procedure.
    assert wants_steps("Can you list everything we have to do, from signing up right through to the final?")
    assert not wants_steps("Is that all I have to do?")
    # « tout ce que je dois faire », the dates included: the whole procedure, dated.
    assert wants_steps(
        "Tu peux me dire tout ce que je dois faire, depuis la candidature jusqu'au jour où je commence, "
        "dates comprises stp ?"
    )


def test_a_verb_no_noun_spells_ends_the_subject_of_a_yes_no_question() -> None:
    from assistant.query.questions import asked_objects

    # "someone at the uni look at it": "look" is what they would do, not a thing asked about.
    assert "look" not in asked_objects("Can someone at the uni look at it, and do I have to pay?")


def test_a_yearly_fee_is_the_membership_for_the_academic_year() -> None:
    from assistant.query.paraphrase import extra_terms

    assert "membership" in extra_terms("What's the yearly student fee?")
    assert "academ" in extra_terms("Is the price yearly or per term?")


def test_what_to_watch_out_for_and_a_downpour_are_the_texts_words() -> None:
    from assistant.query.paraphrase import extra_terms

    assert "bewar" in extra_terms("What should I watch out for next time?")
    assert "rain" in extra_terms("If it pours down for a week, do I lose my wages?")


def test_a_named_condition_is_a_disability_and_adapting_things_is_an_arrangement() -> None:
    from assistant.query.paraphrase import extra_terms

    assert "disabl" in extra_terms("I have cerebral palsy and can't stand for long.")
    assert "arrang" in extra_terms("Can the organisers adapt things for me?")


def test_what_the_student_membership_is_asks_its_price() -> None:
    # "…, and what's the student membership?": what it costs, not who may join.
    assert AnswerType.MONEY in expected_types("What's the student membership? A friend says it's cheap.")
    assert AnswerType.MONEY in expected_types("What's the yearly subscription, and is there a discount?")
    assert AnswerType.MONEY not in expected_types("What is the membership like?")
    assert AnswerType.MONEY not in expected_types("What is the student membership card for?")


def test_whether_someone_here_can_do_it_asks_whom_to_reach() -> None:
    # "Can somebody at UM test what I'm allergic to?": the service that does, and its line.
    for question in (
        "Can somebody at UM test what I'm allergic to, and does it cost anything?",
        "Is there anyone at UM who can help with the sleep itself?",
        "Can someone at the uni look at it?",
    ):
        assert AnswerType.CONTACT in expected_types(question)
    assert AnswerType.CONTACT not in expected_types("Can anyone join the club?")


def test_a_shuttle_is_the_texts_minibus() -> None:
    from assistant.query.paraphrase import extra_terms

    assert "minibus" in extra_terms("How much is the shuttle to the park?")


def test_rules_are_asked_in_english_and_in_french() -> None:
    from assistant.query.questions import asks_rules

    assert asks_rules("What are the rules when we rehearse at Volée?")
    assert asks_rules("Chez Volée, qu'est-ce qu'il faut respecter quand on répète ?")
    assert asks_rules("C'est quoi les règles dans la salle de musique ?")
    assert not asks_rules("When does the ensemble rehearse?")


def test_what_the_asker_needs_after_a_yes_no_question_is_asked() -> None:
    # "Is there a service…? I'd need their e-mail, their phone number…": the line, not yes or no.
    kinds = expected_types(
        "Is there a service at the uni for students like me? I'd need their e-mail, their phone number"
        " and the days I could drop by."
    )
    assert {AnswerType.EMAIL, AnswerType.PHONE} <= kinds
    assert expected_types("Is there a service at the uni for students like me?") == frozenset()
    # A number that would help to phone someone is a phone number, not a count.
    assert AnswerType.PHONE in expected_types(
        "Who deals with the extras? I'd like to phone them first, so a number and their hours would help."
    )
    assert AnswerType.PHONE in expected_types("Who deals with it? I need a number.")


def test_whom_the_asker_wants_to_reach_asks_for_their_line() -> None:
    from assistant.query.questions import asked_action, satisfies

    question = "Who at the uni runs the woodpecker mapping, so I can send them the clip?"
    assert AnswerType.CONTACT in expected_types(question)
    assert asked_action(question) == ()  # whoever runs it: whom to reach, as "Who do I call?"
    kinds = expected_types(question)
    assert not satisfies(kinds, "Pivert is run by the Student Life Department.", question)
    assert satisfies(kinds, "Pivert coordinator: pivert@umontpellier.fr, +33 4 67 14 36 47.", question)
    assert AnswerType.CONTACT not in expected_types("Who at the uni runs the woodpecker mapping?")


def test_the_university_the_question_is_asked_at_is_no_thing_asked_about() -> None:
    from assistant.query.questions import asked_objects

    assert asked_objects("Is there a service at the uni for international students?") == ["service"]
    assert asked_objects("Can I see a doctor at the University of Montpellier?") == ["doctor"]
    assert "university" in asked_objects("Is there a partner university in Chile?")
    assert "library" in asked_objects("Is there a university library on campus?")


def test_a_verb_ends_what_a_kind_of_thing_asks_about() -> None:
    from assistant.query.paraphrase import extra_terms
    from assistant.query.questions import focus_terms

    assert focus_terms("What kind of wind means the morning is off?") == ["wind"]
    assert focus_terms("What kind of wind cancels the morning?") == ["wind"]
    # A morning that is off is cancelled; a day off is not.
    assert "cancel" in extra_terms("What kind of wind means the morning is off?")
    assert "cancel" not in extra_terms("Can I take a day off?")


def test_an_appointment_is_the_texts_consultation() -> None:
    from assistant.query.paraphrase import extra_terms

    assert "consult" in extra_terms("What do they want me to do before the appointment?")


def test_the_hours_asked_are_a_type_not_a_thing_the_page_must_name() -> None:
    from assistant.query.questions import focus_terms

    # « il ouvre à quelles heures ? » is answered by "Monday, 12:30-14:00", which says no "hour".
    assert focus_terms("Leur bureau se trouve où et il ouvre à quelles heures ?") == []
    assert focus_terms("What hours is the desk open?") == []


def test_a_phrase_may_repeat_a_word() -> None:
    from assistant.query.paraphrase import extra_terms

    # "face to face" names "face" twice: one term for the phrase, read once.
    assert "meet" in extra_terms("I'd like someone to explain it face to face.")


def test_whether_it_is_realistic_judges_the_askers_chances_and_names_no_thing() -> None:
    from assistant.query.questions import asked_objects

    question = "No instrument ever. Is the hurdy-gurdy group realistic, or will I hold everyone back?"
    assert "realistic" not in asked_objects(question)
    assert "gurdy" in asked_objects(question)


def test_at_some_point_is_an_idiom_that_names_nothing() -> None:
    from assistant.query.paraphrase import paraphrases

    # The page need not name a "point": "…of my own at some point" asks when, not of a thing.
    assert (["point"], []) in paraphrases("Will I have to get a footbag of my own at some point?")


def test_the_examples_a_yes_no_question_names_are_asked_about_after_what_the_asker_knows() -> None:
    from assistant.query.questions import asked_objects

    question = (
        "Since laser run is part of the modern pentathlon, does Gâchette also train the other events, like"
        " fencing or horse riding? I fenced épée for years."
    )
    assert {"fencing", "riding"} <= set(asked_objects(question))
    assert asked_objects("Does the club lend kit, such as helmets and gloves?")[-2:] == ["helmets", "gloves"]
    assert asked_objects("Is there something like that?") == []
    assert "brother" not in asked_objects("Can I bring a friend, like my brother?")


def test_a_boss_is_the_texts_employer() -> None:
    from assistant.query.paraphrase import extra_terms

    assert "employ" in extra_terms("Will they help me write to my boss?")


def test_whether_one_has_to_pay_is_answered_by_free() -> None:
    from assistant.query.gloss import gloss
    from assistant.query.paraphrase import extra_terms

    assert "free" in extra_terms("Do I pay anything?")
    assert "free" in extra_terms(gloss("est-ce qu'il faut payer ?"))


def test_the_beginners_lessons_are_the_beginners_course() -> None:
    from assistant.query.paraphrase import extra_terms

    assert "cours" in extra_terms("What do the beginners' lessons cost?")
    assert "cours" not in extra_terms("How much is one of the lessons by level?")


def test_a_request_after_the_askers_reasons_asks_for_its_channels() -> None:
    from assistant.query.questions import asked_action

    question = (
        "Who at UM handles the airport passenger assistant jobs? I want to call before applying because"
        " I'm not sure my residence permit covers August. Phone number and office hours please."
    )
    assert T.PHONE in expected_types(question)
    assert asked_action(question) == ()  # whom to reach, not who does the handling
    assert asked_action("Who handles the airport jobs?") != ()
    assert T.PHONE not in expected_types("Who runs the club? I'm not sure I have the time. My phone broke.")


def test_what_the_asker_would_pass_on_goes_to_whoever_runs_it() -> None:
    from assistant.query.questions import asked_action

    question = "Who runs the uni's otter survey? I'd like to pass the pictures on."
    assert T.CONTACT in expected_types(question)
    assert asked_action(question) == ()
    assert asked_action("Who runs the uni's otter survey?") != ()


def test_a_why_question_asks_a_reason_whatever_it_names() -> None:
    question = "Why do the volunteers put their phone in the little cradle on the post?"
    assert expected_types(question) == frozenset()
    assert T.PHONE in expected_types("What is the phone number of the desk?")


def test_what_a_container_holds_is_the_thing_asked_about() -> None:
    assert asked_objects("If oil catches fire, should I throw a glass of water on it?") == ["water"]
    assert "bucket" not in asked_objects("Can I pour a bucket of sand on it?")


def test_what_one_gets_is_asked_about_but_not_getting_paid() -> None:
    assert "flights" in asked_objects("Do the assistants get cheap or free flights from the airlines?")
    assert "lunch" in asked_objects("Do volunteers get lunch?")
    assert "started" not in asked_objects("Do we get started early?")


def test_the_topic_put_before_a_colon_and_the_place_it_names() -> None:
    from assistant.query.questions import asked_at_um, topic_put_first

    question = "Capoeira at UM: how much is it to join as a student?"
    assert topic_put_first(question) == "Capoeira at UM"
    assert asked_at_um(question)
    # A greeting or the asker's story before the colon is no topic.
    assert topic_put_first("Quick question: how much is it?") == ""
    assert topic_put_first("Je pars au printemps et j'ai un handicap : c'est quoi la date limite ?") == ""
    assert not asked_at_um("Capoeira: how much is it to join as a student?")


def test_a_french_part_that_only_names_channels_asks_for_them() -> None:
    assert expected_types("Un mail ou un numéro, et les jours d'ouverture du bureau ?") >= {T.EMAIL, T.PHONE}
    assert expected_types("Un numéro de téléphone ?") == {T.PHONE}
    assert T.PHONE not in expected_types("Un numéro de bus ?")


def test_how_few_asks_a_count_and_the_dates_beside_french_steps_are_theirs() -> None:
    assert T.COUNT in expected_types("How few mornings can I get away with?")
    assert wants_steps(
        "Quelles sont les étapes, de la candidature au premier planning, et les dates à retenir ?"
    )
    assert wants_steps("What are the steps to apply, and the key dates?")


def test_everyday_words_for_quitting_being_put_up_and_the_fewest() -> None:
    from assistant.query.gloss import gloss
    from assistant.query.paraphrase import extra_terms

    assert "stop" in extra_terms("Does the uni have anything to help people quit?")
    assert "accommod" in extra_terms("How long can UM put me up somewhere?")
    assert "minimum" in extra_terms("How few mornings can I get away with?")
    assert "runs" in gloss("C'est qui qui gère Ressort ?").split()
    assert "least" in gloss("c'est quoi le minimum de sorties ?").split()


def test_announcements_over_the_microphone_are_over_the_loudspeakers_before_everyone() -> None:
    from assistant.query.paraphrase import extra_terms

    question = "Est-ce que je devrai faire des annonces au micro devant tout le monde ?"
    assert "world" not in asked_objects(question)
    assert any("loudspeakers" in head for head in asked_objects(question))
    assert "loudspeak" in extra_terms("Will I have to make announcements on the mic?")


def test_an_event_coming_up_is_dated_by_its_day_not_by_a_year() -> None:
    question = "Any info session coming up? When and where?"
    assert not states(T.DATE, "Since 2027, an agreement between UM and the company offers jobs.", question)
    assert states(T.DATE, "An information meeting takes place on Tuesday 14 March 2028 at 12:30.", question)


def test_a_preposition_ends_the_thing_asked_about() -> None:
    assert asked_objects("Is there a way around that?") == []
    assert asked_objects("Is there a path through the dunes?") == ["path", "dunes"]


def test_a_stay_in_nights_is_a_duration_and_a_language_spoken_is_a_language() -> None:
    from assistant.query.paraphrase import extra_terms

    assert states(T.DURATION, "a furnished room for up to 7 nights, free of charge", "How long can I stay?")
    assert not states(T.DURATION, "To perform at a night, follow these steps:", "How long do I get?")
    assert "languag" in extra_terms("Is there anything extra because I speak Arabic too?")
    assert "bonus" in extra_terms("Is there anything extra because I speak Arabic too?")

"""Questions about the named arguments of any clause, descriptions in apposition, counts, and selection.

Each case is a sentence written here and the exact question and answer it
must give: switch the rule off and its test fails.
"""

import datetime as dt
from dataclasses import replace

import pytest
import spacy
from spacy.tokens import Doc, Span

from quizgen.arguments import _answer, _wh_phrase
from quizgen.build import build_deck
from quizgen.model import Article, Fact, Source
from quizgen.names import NameBook, first_name_gender, looks_like_person
from quizgen.parse import load_nlp
from quizgen.places import place_level
from quizgen.select import ASIDE_PENALTY, QUESTIONS_PER_100_WORDS, fact_score, select_facts
from quizgen.wording import Wording


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def questions(tmp_path, nlp, text):
    (tmp_path / "a.txt").write_text(" date 2024-05-02 " + text, encoding="utf-8")
    deck = build_deck([tmp_path / "a.txt"], "Test deck", nlp=nlp).deck
    return {(q.prompt, q.answer) for q in deck.questions}, deck


@pytest.mark.parametrize(
    ("text", "prompt", "answer"),
    [
        # the subject, by substitution, asked for with the description written before its name
        (
            "Canadian retailer Northway acquired German department store chain Kaufhalle in 2015.",
            "Which Canadian retailer acquired German department store chain Kaufhalle in 2015?",
            "Northway",
        ),
        # the object, with do-support and inversion, asked for by its description
        (
            "Canadian retailer Northway acquired German department store chain Kaufhalle in 2015.",
            "Which German department store chain did Canadian retailer Northway acquire in 2015?",
            "Kaufhalle",
        ),
        # an organisation's kind from the head noun of its name
        ("The Asian Development Bank financed the new Volta bridge.", "Which bank financed the new Volta bridge?", "Asian Development Bank"),
        # a country's name, known as one from the gazetteer
        ("Tanzania signed the treaty with Kenya.", "Which country signed the treaty with Kenya?", "Tanzania"),
        # "on" a country is no place something happened ("relies on China")
        ("Norway still relies heavily on China for refined cobalt.", "On which country does Norway rely for refined cobalt?", "China"),
        # a prepositional object, the preposition fronted
        ("Tanzania signed the treaty with Kenya.", "With which country did Tanzania sign the treaty?", "Kenya"),
        ("Nordwind Air flies cargo to Brazil every week.", "To which country does Nordwind Air fly cargo?", "Brazil"),
        (
            "The company agreed with Siemens to build a turbine factory in Leeds.",
            "With which organisation did the company agree to build a turbine factory in Leeds?",
            "Siemens",
        ),
        # a list of names is one answer, written as the article writes it, and kept whole in other questions
        ("Norway raised concerns about practices in Sweden, Finland, and Denmark.", "In which countries did Norway raise concerns about practices?", "Sweden, Finland, and Denmark"),
        ("Norway raised concerns about practices in Sweden, Finland, and Denmark.", "Which country raised concerns about practices in Sweden, Finland, and Denmark?", "Norway"),
        # people named together: one question each
        ("On Sunday, Anna Berg and Peter Olsen signed the fisheries treaty in Oslo.", "Who, together with Peter Olsen, signed the fisheries treaty in Oslo on 28 April 2024?", "Anna Berg"),
        # a name inside the object of a verb with no subject of its own
        ("The ministers asked Norway to waive immunity for Anne Larsen.", "For whom did the ministers ask Norway to waive immunity?", "Anne Larsen"),
        # a region is asked for as one
        ("Norway called for cooperation in the Western Balkans on Monday.", "In which region did Norway call for cooperation on 29 April 2024?", "Western Balkans"),
        # a place after "in", its level from the gazetteer
        ("Volta Group builds electric trucks in Nairobi.", "In which city does Volta Group build electric trucks?", "Nairobi"),
        # a description in apposition to a person
        ("Peter Olsen, the Danish ambassador to Japan, opened the exhibition.", "Who was the Danish ambassador to Japan in May 2024?", "Peter Olsen"),
        (
            "Maria Lopez, the Chilean minister responsible for mining, announced the plan.",
            "Who was the Chilean minister responsible for mining in May 2024?",
            "Maria Lopez",
        ),
        # a title of office read from its capitals, "of" and "to" phrases included
        ("US Secretary of Commerce Laura Chen spoke with Anna Berg.", "Who was the US Secretary of Commerce in May 2024?", "Laura Chen"),
        ("Danish Ambassador to Japan Peter Olsen opened the exhibition.", "Who was the Danish Ambassador to Japan in May 2024?", "Peter Olsen"),
        # an office owned by a country, and the name standing for the title in another question
        ("Kenya's foreign minister Amina Odhiambo met Anna Berg on Monday. Odhiambo said so.", "Who was Kenya's foreign minister in May 2024?", "Amina Odhiambo"),
        ("Kenya's foreign minister Amina Odhiambo met Anna Berg on Monday. Odhiambo said so.", "On what date did Amina Odhiambo meet Anna Berg?", "29 April 2024"),
        # a country's dotted abbreviation is part of the title
        ("U.S. Secretary of State Mark Rubin met Anna Berg in Oslo on Monday.", "Who was the U.S. Secretary of State in May 2024?", "Mark Rubin"),
        # an office many hold at once is asked through the holder's act (its neighbour below asks no holder of it)
        ("US Senator Jane Doran criticised the plan on Monday in Oslo.", "Which US Senator criticised the plan on 29 April 2024 in Oslo?", "Jane Doran"),
        # a capitalised office with its portfolio, the name set off after it by commas
        ("Kenya's Minister of Trade, Jane Mwikali, said the talks would resume in May.", "Who was Kenya's Minister of Trade in May 2024?", "Jane Mwikali"),
        # an amount's thing said by the participle clause after it that names someone (a bare "the settlement" could not)
        (
            "A judge on Monday approved a $240 million settlement resolving claims against Acme Health.",
            "What was the value of the settlement resolving claims against Acme Health?",
            "$240 million",
        ),
        # a group the article only ever calls "the plaintiffs" is as clear the second time as the first
        (
            "Jon Olsen is one of the lawyers for the plaintiffs. Judge Anna Berg awarded the plaintiffs' lawyers $12 million in fees on Friday.",
            "How much did Anna Berg award the plaintiffs' lawyers on 26 April 2024?",
            "$12 million",
        ),
        # a name set off by commas after an opening phrase is the subject the parser hung on that phrase; money agreed is "how much"
        (
            "In addition to the compensation fund, Borg, an Oslo-based ferry operator that runs night crossings and cargo "
            "routes in 12 ports, agreed to spend at least $35 million over four years on safety upgrades.",
            "How much did Borg agree to spend over four years on safety upgrades?",
            "at least $35 million",
        ),
        # ", in what would be …" comments on the clause; a maker's hyphenated product is one answer
        (
            "Borg Energy said on Monday that it had agreed to buy Swedish wind-turbine manufacturer Lydia Kraft for about $5.3 billion, "
            "in what would be its biggest purchase ever.",
            "For how much had Borg Energy agreed to buy Swedish wind-turbine manufacturer Lydia Kraft?",
            "$5.3 billion",
        ),
        ("Borg Energy said on Monday that it had agreed to buy Swedish wind-turbine manufacturer Lydia Kraft.", "What kind of manufacturer is Lydia Kraft?", "wind-turbine"),
        # ", including …" gives examples: the question leaves them out
        (
            "Norway will send $4.2 million in emergency relief through aid groups, including the Norwegian Refugee Council "
            "and Save the Children, to pay for shelter.",
            "How much will Norway send through aid groups?",
            "$4.2 million",
        ),
        # a place after "on" inside the object is where it is, for an island (its neighbour below asks no topic so)
        ("On Monday, Anna Berg will attend a meeting on Malta with 20 heads of state.", "Where will Anna Berg attend a meeting with 20 heads of state on 6 May 2024?", "Malta"),
        (
            "The Norwegian Air Force used four helicopters to carry 35 injured people to hospitals in Bergen on Monday.",
            "How many helicopters did the Norwegian Air Force use to carry 35 injured people to hospitals in Bergen on 29 April 2024?",
            "four",
        ),
        # money after "of" is the value of the thing it follows; a currency with an irregular plural is money
        (
            "The government approved a relief fund of 700 million lei at a cabinet meeting in Oslo on Wednesday.",
            "What was the value of the relief fund that the government approved at a cabinet meeting in Oslo on 1 May 2024?",
            "700 million lei",
        ),
        # a price per share is asked per share, not as the total paid
        ("Borg will pay $41.20 per Acme share, a premium of about 22% to the closing price on Monday.", "How much per Acme share will Borg pay?", "$41.20 per Acme share"),
        # ", below the 30% …" sets the figure against another: a comment the question leaves out
        ("Judge Anna Berg awarded the lawyers $52 million in fees, or 20% of the fund, below the third they had asked for.", "How much did Anna Berg award the lawyers?", "$52 million"),
        ("Anna Berg faces a test in steering the Norwegian budget, far above the limit set by the European Union, on Monday.",
         "Who faces a test in steering the Norwegian budget on 29 April 2024?", "Anna Berg"),
        ("Norway's deficit, far above the limit set by the European Union, rose to 5.1% of gross domestic product in 2023.",
         "To what share of gross domestic product did Norway's deficit rise in 2023?", "5.1%"),
        # the same phrase hung on the subject a relative clause asks about
        (
            "Anna Berg faces a test in steering Norway's budget, which projects a deficit of about 5.1% of gross domestic product, "
            "far above the limit set by the European Union, according to Finance Ministry forecasts.",
            "Of what share of gross domestic product does Norway's budget project a deficit?",
            "5.1%",
        ),
        # a count with a bound before it: the bound stays with the answer
        ("Rescue teams reached the valley on Monday. An earthquake in northern Norway killed at least 64 people.", "How many people did an earthquake in northern Norway kill?", "at least 64"),
        ("At least 17 people drowned after a week of heavy rain in western Norway.", "How many people drowned after a week of heavy rain in western Norway?", "at least 17"),
        # a storm's name is no person, and "the storm" later is that storm
        (
            "Typhoon Halong made landfall on Okinawa on Wednesday. According to the disaster agency, the storm has killed at least 64 people.",
            "How many people has Typhoon Halong killed?",
            "at least 64",
        ),
        # a lower-case office after a capitalised name of its body, written as the article writes it
        ("Baltic Export–Import Bank president Ade Bello said the plan would work. Bello added more.", "Who was the Baltic Export–Import Bank president in May 2024?", "Ade Bello"),
        # an office whose country follows the name
        ("At the summit on Sunday, Presidents Anna Berg of Norway and Peter Olsen of Denmark signed the treaty.", "Who was the President of Norway in May 2024?", "Anna Berg"),
        # an office that says whose
        ("Norwegian Foreign Minister Maria Lopez visited Lima.", "Who was the Norwegian Foreign Minister in May 2024?", "Maria Lopez"),
        ("Norwegian Secretary of State Jon Olsen will visit Oslo.", "Who was the Norwegian Secretary of State in May 2024?", "Jon Olsen"),
        # an adverb leaning on the date goes with it
        ("The probe Voyager was lost tragically back on March 3, 2019.", "On what date was the probe Voyager lost?", "3 March 2019"),
        # a name's ", Jr." is not taken for the subject
        (
            "On Monday, President Gerald Smith, Jr. met with Prime Minister Anna Berg in Oslo.",
            "On what date did Gerald Smith meet with Prime Minister Anna Berg in Oslo?",
            "29 April 2024",
        ),
        # a company's legal form with a full stop neither ends the sentence nor splits the name
        (
            "Romanian firm Duna Gépgyár Kft. (Duna Limited) bought German pump maker Kessler Pumpen GmbH.",
            "Which Romanian firm bought German pump maker Kessler Pumpen GmbH?",
            "Duna Gépgyár Kft.",
        ),
        # a quotation may lose its end, and keeps its marks tight
        (
            'Norway signed a fishing deal with Iceland on Monday. Anna Berg said the deal was "a victory that Norway has waited for since 1990" in Oslo.',
            'Who said the fishing deal with Iceland was "a victory" in Oslo?',
            "Anna Berg",
        ),
        # what a consequential verb acts on, when it is a described thing
        (
            "The Nordic reform package would create personal investment accounts for individual taxpayers.",
            "What would the Nordic reform package create?",
            "personal investment accounts for individual taxpayers",
        ),
        ("Oslo expelled the Danish ambassador to Norway over the dispute.", "Who did Oslo expel over the dispute?", "Danish ambassador to Norway"),
        # a date written into the name of a thing
        (
            "They said that the March 3 fisheries agreement between Norway and Kenya is void.",
            "What was the date of the fisheries agreement between Norway and Kenya?",
            "3 March 2024",
        ),
        # a relative pronoun stands for the noun its clause describes
        ("Anne Larsen was involved in a traffic collision which killed motorcyclist Peter Olsen on March 27.", "On what date did a traffic collision kill motorcyclist Peter Olsen?", "27 March 2024"),
        # a relative clause's own link ("whereby") stays out of the question
        (
            "The newspaper revealed a deal whereby, on Monday, Romanian state-owned enterprise Duna Kft. acquired Polish valve maker Wiatrak Group.",
            "Which Romanian state-owned enterprise acquired Polish valve maker Wiatrak Group on 29 April 2024?",
            "Duna Kft.",
        ),
        # a percentage asked with its base
        ("The alliance's rules call for 3% while Norway spends 1.5% of its GDP on defence.", "What share of its GDP does Norway spend on defence?", "1.5%"),
        # a year inside a quoted name stays as written
        ('Norway launched a programme dubbed "Fjord 2030" in 2017 to renew its fleet.', 'In what year did Norway launch a programme dubbed "Fjord 2030"?', "2017"),
        # a list of descriptions keeps its commas
        (
            "Norwegian foreign minister Anna Berg and her Danish, Swedish and Finnish counterparts gathered in Oslo on Monday.",
            "Where did Norwegian foreign minister Anna Berg and her Danish, Swedish and Finnish counterparts gather on 29 April 2024?",
            "Oslo",
        ),
        # the reporting paper, with no doubled "that"
        ("According to the Irish Times, the Dutch government will cut taxes next year.", "Which news organisation reported that the Dutch government will cut taxes in 2025?", "Irish Times"),
        # a list keeps its last member, an adverb of negation stays before its verb, a stranded preposition follows its verb
        ("On Wednesday, the ministers denounced the memoranda between Norway and Iceland.", "On what date did the ministers denounce the memoranda between Norway and Iceland?", "1 May 2024"),
        ("The Nordic Pension Agency would no longer use wage growth to set pensions.", "What would the Nordic Pension Agency no longer use to set pensions?", "wage growth"),
        ("Anna Berg met with Peter Olsen on Monday in Bergen.", "Who did Anna Berg meet with on 29 April 2024 in Bergen?", "Peter Olsen"),
        # a newspaper asked for as one
        ("The Oslo plan was reported in Tuesday's Irish Times.", "In which newspaper was the Oslo plan reported?", "Irish Times"),
        # a share inside a phrase, money written with its currency's name, a verb sharing its subject through "and"
        ("The Nordic pact seeks to remove tariffs on 90 percent of goods.", "On what share of goods does the Nordic pact seek to remove tariffs?", "90 percent"),
        ("The state covered Duna's 12.5 million euro loan.", "What was the value of Duna's loan?", "12.5 million euro"),
        (
            "Norway licensed Czech rifle technology in 2018 and agreed with Vestas to open a parts factory in Bergen.",
            "With which organisation did Norway agree to open a parts factory in Bergen?",
            "Vestas",
        ),
        # the post someone served in, cut before the phrases that say when, which the question keeps; "previously" stays, or today's post answers too
        (
            "Peter Olsen previously served as the Danish ambassador to the Council of Europe under former president Anna Berg.",
            "As what did Peter Olsen previously serve under former president Anna Berg?",
            "Danish ambassador to the Council of Europe",
        ),
        # an office owned by a country says which office it is: its portfolio stays
        ("Anna Berg, Norway's minister of roads and coastal ferries, said the toll was fair.",
         "Who was Norway's minister of roads and coastal ferries in May 2024?", "Anna Berg"),
        # what someone was ordered to do is still to come, whatever the tense of the ordering
        ("Jon Olsen was ordered to hand his passport to police in Bergen by January 15.", "By what date was Jon Olsen ordered to hand his passport to police in Bergen?", "15 January 2025"),
        # an object "her" is someone other than her clause's subject: the woman named before
        ("Anna Berg pleaded guilty in Oslo in 2023. On Monday, Judge Karin Lund jailed her for two years.",
         "On what date did Karin Lund jail Anna Berg?", "29 April 2024"),
        # a hedge on a figure stays out of what it counts; a relative clause after the last of a list in the singular is that one's
        ("The Nordic coalition unites the Unity Alliance and the Harbour party, which controls exactly 9 seats.",
         "How many seats does the Harbour party control?", "9"),
        # where a price ended leaves how far it moved to its own question; "slump" is a change like "fall"
        ("Vestra shares jumped 12.5 percent to 304 crowns in Oslo on Monday.", "To how much did Vestra shares jump on 29 April 2024?", "304 crowns"),
        ("Shares in Vestra slumped 41% to 96 pence in Oslo by 1045 GMT.", "By how much did shares in Vestra slump to 96 pence in Oslo by 1045 GMT?", "41%"),
        # what someone maintains is theirs to hold: the question keeps who holds it
        ("Jon Olsen maintained that Nordbank sold the green bonds to Vestra.", "What did Jon Olsen maintain Nordbank sold to Vestra?", "the green bonds"),
        # "with X as counsel" is a clause of its own: the advisers' client stays the question's
        ("Borg Partners and Nord & Co are advising Acme on the sale, with Vik LLP as its lawyers.",
         "Which organisation are Borg Partners and Nord & Co advising on the sale?", "Acme"),
        # a denial's subject is asked (its neighbour in the no-question cases asks what was never done)
        ("Norway did not ratify the Oslo treaty in 2019.", "Which country did not ratify the Oslo treaty in 2019?", "Norway"),
        # a description set after a name by commas says what kind of thing to ask for
        ("On Thursday, the Nordting, the 120-seat parliament of Norland, voted 70 to 50 to approve a coalition led by Anna Berg.",
         "Which parliament voted 70 to 50 to approve a coalition led by Anna Berg on 2 May 2024?", "Nordting"),
        ("Vestra, a Norwegian shipping company, bought Borg in Oslo on Monday.", "Which company bought Borg in Oslo on 29 April 2024?", "Vestra"),
        # what a deal verb takes is the news, however short the question (its neighbour in the no-question cases provides)
        ("Acme will buy the shipyards of a rival.", "What will Acme buy?", "the shipyards of a rival"),
        # what an amount of money is of goes with "How much"
        ("Acme had 62 million pounds of spare cash at the end of June.",
         "How much spare cash did Acme have at the end of June 2024?", "62 million pounds"),
        # a time restated in brackets goes with its brackets
        ("Mount Vik in Norway began erupting at 9:20 pm (1920 GMT) on Wednesday.", "On what date did Mount Vik in Norway begin erupting at 9:20 pm?", "1 May 2024"),
        # a phrase set off by commas after a subject goes, commas and all
        ("The first Nordic tram line, from Oslo to Drammen, will carry its first riders in August 2027.",
         "In what month will the first Nordic tram line carry its first riders?", "August 2027"),
        # a span keeps both its ends
        ("Police said that between 2009 and 2012 Jon Olsen took gifts from a builder in Bergen.",
         "In which city did Jon Olsen take gifts from a builder between 2009 and 2012?", "Bergen"),
        # the unit a price is paid per keeps its name
        ("Vestra will pay 17.25 euros per Borg share, 12% more than its closing price.", "How much per Borg share will Vestra pay?", "17.25 euros per Borg share"),
        # "by-election" is one word, no preposition "by"
        ("The Green Party has won the Vik Valley by-election in Norway.", "What has the Green Party won?", "Vik Valley by-election"),
        # "…, the most since 1998", "…, more than the yards built in a decade": a comparison, left out of the question
        ("Anna Berg won 9 titles in Oslo last year, the most by a Nordic player since 1998.", "Who won 9 titles in Oslo in 2023?", "Anna Berg"),
        ("Vestra sold 300 ships to Borg in Oslo last year, more than the Nordic yards built in a decade.",
         "How many ships did Vestra sell to Borg in Oslo in 2023?", "300"),
        # a named list of examples of a plural noun (its neighbour in the no-question cases has "several other")
        ("Nordic firms including Acme, Borg and Vestra signed the Oslo declaration.", "Which Nordic firms signed the Oslo declaration?", "Acme, Borg and Vestra"),
        # where a rate ended is asked without how far it moved, in points as in per cent
        ("Norway's two-year bond yield climbed 11 basis points to 3.07% on Monday.",
         "To how much did Norway's two-year bond yield climb on 29 April 2024?", "3.07%"),
        # a speaker's quoted verdict, on a thing or on themselves, with what it was about
        ("Jon Olsen said the Oslo plan was \"reckless\".", "How did Jon Olsen describe the Oslo plan?", "reckless"),
        ("Jon Olsen told reporters in Oslo that he had been \"clumsy\" in handling the Vik dispute.",
         "How did Jon Olsen describe himself in handling the Vik dispute?", "clumsy"),
        # "in the week", its clause gone or hung elsewhere by the parser: which week? The phrase goes
        ("Norway announced it planned to join the Nordic Trade Area in the week leading up to the summit.",
         "Which organisation did Norway plan to join?", "Nordic Trade Area"),
        ("Norway joined the Nordic Trade Area in the week that followed the Oslo summit.", "Which country joined the Nordic Trade Area?", "Norway"),
        # a dictionary word capitalised only by its sentence is no name, whatever the model tags it
        ("Invalid and empty ballots made up 3.6% of the total in Oslo.", "What share of the total did invalid and empty ballots make up in Oslo?", "3.6%"),
        ("Turnout in Oslo reached 78% on Sunday.", "On what date did turnout in Oslo reach 78%?", "28 April 2024"),
        # "a two-week official tour" without its "two-week" is "an official tour"
        ("Anna Berg ended a two-week official tour of Norway on Wednesday.", "On what date did Anna Berg end an official tour of Norway?", "1 May 2024"),
        # a clause set off by a comma does not say which practices: the owner is asked
        ("Jon Olsen raised concerns in Oslo about Norway's fishing practices, which harm Danish fleets.",
         "About which country's fishing practices did Jon Olsen raise concerns in Oslo?", "Norway"),
        # a currency named with its nation is money, nation and all
        ("Vestra will pay 95 Swedish crowns per Borg share.", "How much per Borg share will Vestra pay?", "95 Swedish crowns per Borg share"),
        # what a loan is taken from is a lender, not where a journey starts
        ("Acme took a 30 million euro loan from Nordbank on Monday.", "From which organisation did Acme take a 30 million euro loan on 29 April 2024?", "Nordbank"),
        # where a journey starts is a place, whatever the model tags it
        ("The Nordsat-2 satellite will lift off from Vikna in 2028.", "From where will the Nordsat-2 satellite lift off in 2028?", "Vikna"),
        # "up from", "down 4 per cent": a comparison with before, left out of the question
        ("Norway plans to train 4,500 nurses in 2026, up from 700 in 2022.", "How many nurses does Norway plan to train in 2026?", "4,500"),
        ("Vestra built 2.3mn bicycles in Norway in 2025, down 4 per cent.", "In which country did Vestra build 2.3mn bicycles in 2025?", "Norway"),
        # "Chief Financial Officer" is one title, however much of it the model took for the name
        ("Chief Financial Officer Anna Berg said Acme would keep its dividend.", "Which Chief Financial Officer said Acme would keep its dividend?", "Anna Berg"),
        # an "and" between two titled names joins the people, not two titles ("cable and wire maker" joins two kinds)
        ("President Olsen and Prime Minister Berg restated their backing for Iceland.",
         "Which Prime Minister, together with Olsen, restated their backing for Iceland?", "Berg"),
        # an age written into a description, of someone the story is about: named three times
        ("Harry Smith, a 23-year-old cyclist, was struck by a car in Leeds. Smith died in hospital. Police said Smith wore a helmet.",
         "How old was Harry Smith?", "23"),
        # a name the model took for a person, which the article writes in lower case too, is asked about as a thing
        (
            "Space Probe Aurora will take the place of Polaris at the museum. The space probe was built in 1990.",
            "What will take the place of Polaris at the museum?",
            "Space Probe Aurora",
        ),
        # a day written after the object still dates the event
        ("The agency celebrated the launch of the probe Tuesday at an event in Bergen.", "On what date did the agency celebrate the launch of the probe at an event in Bergen?", "30 April 2024"),
        # "the agreement" written as the agreement it refers back to
        ("Norway signed the Nordic Fisheries Agreement in May. Denmark joined the agreement on Monday.", "Which country joined the Nordic Fisheries Agreement on 29 April 2024?", "Denmark"),
        # a clause reported after its content ("…, police revealed") keeps it, pronouns resolved, and without the
        # phrase put first that links it to what came before by a bare "the warnings"
        (
            "Anne Larsen lied. Despite the warnings, she and her husband Jon Larsen left the country, police revealed on Saturday.",
            "On what date did police reveal that Anne Larsen and her husband Jon Larsen left the country?",
            "27 April 2024",
        ),
        # the day of an announcement written after what it announced lies before the article
        (
            "Anna Berg will visit Paris next month, announced the Foreign Office on Friday.",
            "On what date did the Foreign Office announce that Anna Berg will visit Paris in June 2024?",
            "26 April 2024",
        ),
        # "it" is the organisation named before it; a name ending in "Air" is an airline
        ("The ban hit Nordwind Air on Monday. It was founded in 1987.", "In what year was Nordwind Air founded?", "1987"),
        ("Norway banned Nordwind Air on Monday. It was founded in 1987.", "Which airline did Norway ban on 29 April 2024?", "Nordwind Air"),
        # "US" is a country, not the pronoun "us"
        ("The US signed the fisheries pact with Kenya on Monday.", "On what date did the US sign the fisheries pact with Kenya?", "29 April 2024"),
        # a count whose noun was just said
        ("Anna Berg won the vote with 310 votes. Her rival Peter Olsen received 145.", "How many votes did Peter Olsen receive?", "145"),
        # a place in a phrase of the passive's agent, without the attribution "according to police"
        ("The cyclist was struck by a Volvo lorry in Lancashire according to police.", "Where was the cyclist struck by a Volvo lorry?", "Lancashire"),
        # the agent of a passive
        ("The Vesta Act was approved by the Senate on Tuesday.", "By which organisation was the Vesta Act approved on 30 April 2024?", "Senate"),
        # a participle clause shares its main clause's subject and time
        (
            "The minister was questioned about the case while speaking to the press at St Mary's hospital in Dover.",
            "Where did the minister speak to the press at St Mary's hospital?",
            "Dover",
        ),
        # a place near which something happened, and a place in a phrase of the verb's object
        ("The Nordwind Air crash occurred near RAF Lakenheath, an air base.", "Near which place did the Nordwind Air crash occur?", "RAF Lakenheath"),
        ("The Nordic ministers agreed to a future meeting on Malta.", "Where did the Nordic ministers agree to a future meeting?", "Malta"),
        # "it" is the one thing named before it when its own sentence names no other
        ("Nordwind Air lost money. To survive, it must be sold by Anna Berg.", "By whom must Nordwind Air be sold?", "Anna Berg"),
        # the names a plural noun lists with "including" or "such as", however the parser hangs them; a verb's base form from a dictionary
        (
            "With the EU urging firms to stop trading in Cuba, Spanish firms including Iberia, Repsol, and Telefonica have announced plans to pull out of Cuba.",
            "Which Spanish firms have announced plans to pull out of Cuba?",
            "Iberia, Repsol, and Telefonica",
        ),
        ("Norway signed deals with countries such as Chile and Peru on Monday.", "With which countries did Norway sign deals on 29 April 2024?", "Chile and Peru"),
        ("The Swedish ministry fined banks including Nordea and Danske Bank for breaking the rules.", "Which banks did the Swedish ministry fine for breaking the rules?", "Nordea and Danske Bank"),
        # a date that starts a span is asked with its preposition; a country visited is asked for as one
        ("Anna Berg had held the post of budget director since April 2018.", "Since what month had Anna Berg held the post of budget director?", "April 2018"),
        ("Anna Berg will visit China next week.", "Which country will Anna Berg visit?", "China"),
        ("The bill would fund the Norwegian government through September.", "Through what month would the bill fund the Norwegian government?", "September 2024"),
        # a hedge before an amount is no part of the answer
        ("Norway spent an estimated 1.15% of its GDP on defence in 2018.", "What share of its GDP did Norway spend on defence in 2018?", "1.15%"),
        # an acronym is asked for by the name the article spells out
        (
            "The Bergen Space Center was passed over. However, the BSC will receive two seats from the Polaris flight deck.",
            "Which organisation will receive two seats from the Polaris flight deck?",
            "Bergen Space Center",
        ),
        # "the airline", "the firm" are the airline or company just named
        ("Germany banned Nordwind Air on Monday. The airline flies cargo to Syria every week.", "To which country does Nordwind Air fly cargo?", "Syria"),
        ("Duna Kft. bought Wiatrak Group on Monday. The firm will pay 12 million euro for the stake.", "How much will Duna Kft. pay?", "12 million euro"),
        # what someone called a thing, in their own quoted words
        ('Lars Holm called the fishing agreement "unlawful" and "plainly absurd" on Monday.', "What did Lars Holm call the fishing agreement?", "“unlawful” and “plainly absurd”"),
        # a count whose noun was just said, hedged ("only 12"): the answer is the figure
        ("While 40 countries have signed the Lisbon Water Treaty, only 12 have ratified the treaty.", "How many countries have ratified the Lisbon Water Treaty?", "12"),
        # a date in an infinitive that describes the complement dates the main verb
        ("Carla Reyes became the first woman to lead the Senate in 2009.", "In what year did Carla Reyes become the first woman to lead the Senate?", "2009"),
        # a count in the subject, written as a word
        ("Altogether, twelve senators voted against the Energy Bill.", "How many senators altogether voted against the Energy Bill?", "twelve"),
        # "she" is the woman named before, not the man who is the earlier sentence's subject
        ("John Smith met Anna Berg in Bergen on Monday. She will visit Oslo on Friday.", "On what date will Anna Berg visit Oslo?", "3 May 2024"),
        # "the Nordic nation" describes a country named before: it is written as that country
        ("Norway banned Nordwind Air from flying in the Nordic nation on Monday.", "Which airline did Norway ban from flying in Norway on 29 April 2024?", "Nordwind Air"),
        # "earlier in the month" is the article's month; a weekday "night" is that day
        (
            "The European Union sanctioned Norway earlier in the month over fishing quotas.",
            "Which organisation sanctioned Norway earlier in May 2024 over fishing quotas?",
            "European Union",
        ),
        ("Premier Anna Berg met adviser Jon Olsen in Oslo Monday night.", "Who did Anna Berg meet on 29 April 2024?", "Jon Olsen"),
        # a date question keeps no other date of its clause
        (
            "On Tuesday, premier Anna Berg announced she had asked for adviser Jon Olsen's resignation Monday night.",
            "On what date did Anna Berg announce she had asked for adviser Jon Olsen's resignation?",
            "30 April 2024",
        ),
        # a phrase after a comma that the parser took for the verb's object is the preceding noun's apposition
        (
            "On May 3, 1990, the ship Polar Star sailed off from the Bergen Harbour Terminal on Voyage 1, the first Arctic research expedition.",
            "On what date did the ship Polar Star sail off from the Bergen Harbour Terminal on Voyage 1?",
            "3 May 1990",
        ),
        # a pact named by the name written before its noun is asked for by its noun
        (
            "On Sunday, Presidents Anna Berg of Norway and Jon Olsen of Denmark signed the Nordic Free Trade Area agreement.",
            "Which agreement did Anna Berg and Jon Olsen sign on 28 April 2024?",
            "Nordic Free Trade Area agreement",
        ),
        ("Norway will continue to compete with Sweden in fisheries.", "With which country will Norway continue to compete in fisheries?", "Sweden"),
        # an "it" that goes on from the sentence before is what that sentence's subject stood for
        (
            "Germany banned Nordwind Air on Monday. The airline was Norway's first in private hands. It has Norway's largest fleet. It was founded in 1987.",
            "In what year was Nordwind Air founded?",
            "1987",
        ),
        # "Norwegian airline Nordwind Air" describes the name: a later "the airline" is still Nordwind Air
        (
            "Germany on Monday banned Norwegian airline Nordwind Air from flying in Europe. The airline flies cargo to Syria every week.",
            "To which country does Nordwind Air fly cargo?",
            "Syria",
        ),
        ("Nordwind Air is still operating in Europe with two new jets.", "In which region is Nordwind Air operating with two new jets?", "Europe"),
        # a count set after "the number of N" by commas
        ("Norway's new parliament has the largest number of women, 95, in its history.", "How many women does Norway's new parliament have?", "95"),
        # a bare "Who" over a clause that names a place is anchored by it
        ("Anna Berg was involved in a traffic collision in Oslo.", "Who was involved in a traffic collision in Oslo?", "Anna Berg"),
        # a phrase dated by another event ("in the year before") is left out
        ("In the year before, Denmark fished near Bergen.", "Which country fished near Bergen?", "Denmark"),
        # "on Sunday" before a title and names dates the verb, and a plural title is each name's
        (
            "Ministers gathered in Arusha for talks where on Sunday Presidents Amina Odhiambo of Kenya and Joseph Mwale of Zambia signed the Lake Basin Treaty.",
            "On what date did Amina Odhiambo and Joseph Mwale sign the Lake Basin Treaty?",
            "28 April 2024",
        ),
        (
            "Ministers gathered in Arusha for talks where on Sunday Presidents Amina Odhiambo of Kenya and Joseph Mwale of Zambia signed the Lake Basin Treaty.",
            "Who was the President of Zambia in May 2024?",
            "Joseph Mwale",
        ),
        # "X speaking to Y called Z …": the finite verb is the sentence's, and a quotation keeps its closing mark
        (
            'On Tuesday, Norwegian prime minister Anna Berg speaking to the Nordic Policy Forum think tank called the fishing deal "unlawful and unfair" and "deeply damaging".',
            'On what date did Anna Berg call the fishing deal "unlawful and unfair" and "deeply damaging"?',
            "30 April 2024",
        ),
        # a quotation keeps its adverbs
        ('Anna Berg on Monday called the fishing plan "deeply unfair".', 'On what date did Anna Berg call the fishing plan "deeply unfair"?', "29 April 2024"),
        # a weekday's night dates the verb of the phrase it ends
        (
            "On Tuesday, Anna Berg revealed she had called for Peter Olsen's resignation Monday night.",
            "On what date had Anna Berg called for Peter Olsen's resignation?",
            "29 April 2024",
        ),
        # a phrase written first dates the announcing: it goes before the reported clause, not after its own date
        (
            "On Tuesday, Anna Berg revealed she had called for Peter Olsen's resignation Monday night.",
            "Who revealed on 30 April 2024 that she had called for Peter Olsen's resignation on 29 April 2024?",
            "Anna Berg",
        ),
        # an event named for what it is is asked for by that noun
        ("Anna Berg will take part in the Bergen Peace Conference on Monday.", "In which conference will Anna Berg take part on 6 May 2024?", "Bergen Peace Conference"),
        # a bare "deal" after "the collapse of" takes the phrases the parser hung on "collapse"
        (
            "The ruling led to the collapse of a $2 billion deal by a Danish shipyard to sell ferries to Iceland.",
            "What was the value of the deal by a Danish shipyard to sell ferries to Iceland?",
            "$2 billion",
        ),
        # the named owner of an object, of a phrase about it, or "of" a person
        (
            "On Tuesday, Anna Berg revealed she had called for Peter Olsen's resignation Monday night.",
            "For whose resignation had Anna Berg called on 29 April 2024?",
            "Peter Olsen",
        ),
        ("Anna Berg raised concerns about Norway's fishing practices.", "About which country's fishing practices did Anna Berg raise concerns?", "Norway"),
        (
            "Lapland Finans said the Kivi merger follows the export plan of Prime Minister Anna Berg.",
            "Whose export plan does the Kivi merger follow?",
            "Anna Berg",
        ),
        # a title of an organisation written with its short form in brackets
        (
            "The Nordic Association of Pensioners (NAP) Research Director Anna Berg spoke on Monday.",
            "Who was the Nordic Association of Pensioners Research Director in May 2024?",
            "Anna Berg",
        ),
        # "the post" someone held is the title the article gave them
        (
            "Premier ousts adviser Olsen\n\nOn Tuesday, Prime Minister Anna Berg fired foreign policy adviser Jon Olsen. "
            "Olsen had held the post since March 2016.",
            "Since what month had Jon Olsen held the post of foreign policy adviser?",
            "March 2016",
        ),
        # "the Middle Eastern nation" is the country named last; "the European nation" the last one in Europe
        (
            "With Denmark urging firms to stop trading with Iran, German firms including Lindqvist, Moravec and Berglund have said "
            "they will leave the Middle Eastern nation.",
            "Which German firms have said they will leave Iran?",
            "Lindqvist, Moravec and Berglund",
        ),
        ("Germany criticised Iran on Monday. The European nation will pull out of the talks on Friday.", "On what date will Germany pull out of the talks?", "3 May 2024"),
        # what a maker written before the name makes
        ("Lapland Finans has acquired Polish cable and pipe manufacturer Wiatrak Group.", "What kind of manufacturer is Wiatrak Group?", "cable and pipe"),
        ("Lapland Finans has acquired Polish arms manufacturer Wiatrak Group.", "What does Wiatrak Group manufacture?", "arms"),
        (
            "Duna Kft. acquired Austrian cable and wire manufacturer Kestrel Group.",
            "Which company acquired Austrian cable and wire manufacturer Kestrel Group?",
            "Duna Kft.",
        ),
        # a date written as a modifier stays one: "the 27 November 2023 deal"
        (
            "Under the December 3 deal, Norway and Sweden agreed on a line in the Skagerrak as their shared fishing border.",
            "Which countries agreed on a line in the Skagerrak as their shared fishing border under the 3 December 2023 deal?",
            "Norway and Sweden",
        ),
        # a date after a phrase with a phrase of its own goes after the verb's phrases: the opening's date is not the hall's
        (
            "The Oslo museum celebrated the opening of the first Arctic hall on Tuesday at an event in Bergen.",
            "In which city did the Oslo museum celebrate the opening of the first Arctic hall at an event on 30 April 2024?",
            "Bergen",
        ),
        # "she" after the subject's own name in apposition stays "she": the question names her once
        (
            "The energy minister, Anna Berg, quit on Tuesday after conceding she had not listed her shares.",
            "On what date did Anna Berg quit after conceding she had not listed her shares?",
            "30 April 2024",
        ),
        # a sentence's first word keeps its capital only if it starts a name: Brakel does, the coast guard does not
        (
            "The Vinter board met. Vinter shares rose 17% to 24.60 euros in Brussels on Monday after the report.",
            "To how much did Vinter shares rise after the report on 29 April 2024?",
            "24.60 euros",
        ),
        ("Coast guard and army divers joined the hunt for the Polar Star on Monday.", "On what date did coast guard and army divers join the hunt for the Polar Star?", "29 April 2024"),
        # a count of a place's people: how many of them
        ("Scandinavia's roughly 21 million people depend on three grids.", "How many of Scandinavia's people depend on three grids?", "21 million"),
        # "when" after the verb tells which deaths
        (
            "In March 2019, at least 30 people drowned when a barge sank on the Lagan river.",
            "In what month did at least 30 people drown when a barge sank on the Lagan river?",
            "March 2019",
        ),
        # "in a deal that would form X" says nothing once its clause is gone
        (
            "Nordbank agreed on Tuesday to buy Kivi Bank for 2.1 billion euros in a deal that would form the largest lender in the region.",
            "Which bank did Nordbank agree on 30 April 2024 to buy for 2.1 billion euros?",
            "Kivi Bank",
        ),
        # a title without the words of address after it; "that" kept where a phrase stands between the saying and the said
        (
            "Health Minister Dr. Ruth Mbeki told journalists in Gaborone that measles cases had doubled.",
            "Which Health Minister told journalists in Gaborone that measles cases had doubled?",
            "Ruth Mbeki",
        ),
        # "Saturday's election" of a past taking is the Saturday before, written as a date of the election
        ("Nordic Party took 48.3% of the vote in Saturday's election.", "What share of the vote did Nordic Party take in the 27 April 2024 election?", "48.3%"),
        # a part of the day dates with its day; an answer does not run into the list after it
        (
            "Carlos Vega was welcomed with a 21-gun salute on Tuesday morning at the Oslo Palace.",
            "Who was welcomed with a 21-gun salute on the morning of 30 April 2024 at the Oslo Palace?",
            "Carlos Vega",
        ),
        ("The Nordic Party won 61 seats, and smaller groups and independents shared the other 9.", "How many seats did the Nordic Party win?", "61"),
        # a count keeps the words of what it counts, the name's "the" with them
        ("All 54 countries of the African Union signed the trade pact.", "How many countries of the African Union signed the trade pact?", "54"),
        # "the union" after "Kenya, Uganda and Tanzania formed a customs union" is the union they formed
        (
            "Kenya, Uganda and Tanzania formed a customs union in 2005. There are 300 million residents in the union.",
            "How many residents are there in the customs union Kenya, Uganda and Tanzania formed?",
            "300 million",
        ),
        ("Norway's transport minister, Anna Berg, opened a bridge on Tuesday.", "Who was Norway's transport minister in May 2024?", "Anna Berg"),
        # a title that starts the sentence takes its capital from the sentence, not from the office
        ("Foreign minister Anna Berg of Norway arrived in Oslo on Monday.", "Who was the foreign minister of Norway in May 2024?", "Anna Berg"),
        # a day after the object dates the verb: the signing's, not part of what was signed
        (
            "Kenya and Tanzania signed the East African Free Trade Area (EAFTA) agreement on Monday.",
            "On what date did Kenya and Tanzania sign the East African Free Trade Area (EAFTA) agreement?",
            "29 April 2024",
        ),
        # a bare day after a noun dates the verb: the asking's day, not the chief executive's; before a clause of the verb
        (
            "Harbor Foods asked for the resignation of its chief executive Monday at a meeting in Oslo.",
            "In which city did Harbor Foods ask for the resignation of its chief executive at a meeting on 29 April 2024?",
            "Oslo",
        ),
        (
            "Prime Minister Anna Berg will attend the Oslo Conference on Fishing on Friday with Jon Olsen before returning to Bergen.",
            "Which Prime Minister will attend the Oslo Conference on Fishing with Jon Olsen on 3 May 2024 before returning to Bergen?",
            "Anna Berg",
        ),
        # a thing introduced by "a" is singled out by what its clause names (its neighbour in the no-question cases names nothing)
        ("Berg drove a truck which struck a cyclist near Oslo on Monday.", "On what date did the truck Berg drove strike a cyclist near Oslo?", "29 April 2024"),
        # a present perfect asked with a date, or keeping one, is put in the simple past; a span keeps it
        ("The ship Aurora has already been retired following its final voyage last month.", "In what month was Aurora retired following its final voyage?", "April 2024"),
        # a date phrase that is no preposition's object keeps its own "in"
        (
            "The Nordic Star has already been retired following the completion of its last voyage to Tromsø last month.",
            "Which organisation was retired following the completion of its last voyage to Tromsø in April 2024?",
            "Nordic Star",
        ),
        ("Norway has signed the fishing pact with Iceland on Monday.", "Which country signed the fishing pact with Iceland on 29 April 2024?", "Norway"),
        ("Anna Berg has served as mayor of Bergen since 2018.", "Since what year has Anna Berg served as mayor of Bergen?", "2018"),
        # a restrictive clause on what a negated verb denies stays in the question, "that" and all
        (
            "Prime Minister Anna Berg has said she will not sign a treaty that does not protect fishing rights.",
            "Which Prime Minister has said she will not sign a treaty that does not protect fishing rights?",
            "Anna Berg",
        ),
        # the date of the paper a report cites
        (
            "The government will cut fishing quotas for the Baltic Sea, according to Tuesday's Bergen Times.",
            "On what date did the Bergen Times report that the government will cut fishing quotas for the Baltic Sea?",
            "30 April 2024",
        ),
        # a described pact a consequential verb acts on through a preposition
        (
            "Last year Norway withdrew from a fishing treaty with Iceland.",
            "From which treaty did Norway withdraw in 2023?",
            "a fishing treaty with Iceland",
        ),
        # a partner of a pact asked with "with" fronted when phrases follow the pact
        ("Norway signed the fishing pact with Iceland on Monday.", "With which country did Norway sign the fishing pact on 29 April 2024?", "Iceland"),
        # a count that restates a subject, and a count of what there is somewhere
        (
            "Nearly a third of the Nordic Line crews, 600 sailors, is on strike over pay.",
            "How many sailors of the Nordic Line crews are on strike over pay?",
            "600",
        ),
        ("There are 2.6 million people in the Arctic trade area.", "How many people are there in the Arctic trade area?", "2.6 million"),
        # what something is worth in a clause of its own after "with"
        (
            "There are 2.6 million people in the Arctic trade area, with the combined economies of the Arctic states worth $1.8 trillion.",
            "How much are the combined economies of the Arctic states worth?",
            "$1.8 trillion",
        ),
        # a count in "voted for X to serve … with N votes" is the voting's, "for X" and all
        (
            "The new members of the Nordic Council, which include 35 women and 19 men, voted for Anna Berg to serve as Speaker with 42 votes.",
            "With how many votes did the new members of the Nordic Council vote for Anna Berg to serve as Speaker?",
            "42",
        ),
        # a clause that says what a noun is keeps its "that"
        ("Norway and Sweden reached an agreement that fishing quotas in the Baltic will be cut.", "Which countries reached an agreement that fishing quotas in the Baltic will be cut?", "Norway and Sweden"),
        # a name written before its kind, in a phrase of the verb
        ("Anna Berg spoke at the launch of the Arcadia wind farm on Monday.", "At the launch of which wind farm did Anna Berg speak on 29 April 2024?", "Arcadia"),
        # an object the parser found after a phrase of the verb stays where it was written
        ("Norway and Sweden met at the Oslo fisheries summit on Monday.", "On what date did Norway and Sweden meet at the Oslo fisheries summit?", "29 April 2024"),
        # "with X winning the bid" is a clause of its own, asked in its sentence's tense; "the bid" is the one its sentence said
        (
            "Seven cities had bid to host the 2030 Winter Games, with Oslo winning the bid.",
            "Which city won the bid to host the 2030 Winter Games?",
            "Oslo",
        ),
        # a number starting a subject is no name
        ("Five Nordic cities had bid to host the 2030 Winter Games.", "What had five Nordic cities bid to host?", "Winter Games"),
        # "normally" makes a rule with exceptions: it stays
        ("Normally, the Nordic Line ferries sail from Bergen.", "From which city do the Nordic Line ferries normally sail?", "Bergen"),
        # an indefinite description gives only the age
        ("Jon Olsen, a 23-year-old cyclist, was hit by a lorry in Oslo. Olsen died in hospital. Police said Olsen wore a helmet.",
         "How old was Jon Olsen?", "23"),
        # an organisation described as one by its apposition, and an "it" in what it said
        (
            "Nordbank, Norway's second-largest bank, said on Wednesday it had agreed to buy Finnish lender Kivi Bank for €2.1 billion.",
            "Which Finnish lender had Nordbank agreed to buy for €2.1 billion?",
            "Kivi Bank",
        ),
        # "Kenyan President X and Tanzanian President Y signed": two subjects, each with a title
        (
            "Kenyan President Joseph Kamau and Tanzanian President Amina Juma Salim signed a trade agreement in Arusha on Thursday.",
            "On what date did Joseph Kamau and Amina Juma Salim sign a trade agreement in Arusha?",
            "2 May 2024",
        ),
        # a short form of an organisation named before ("Kivi" after "Kivi Bank"), a year before 1900, a count of a verb
        # that shares its subject
        ("Saima Bank was bought by Nordbank. Saima was founded in 1889 and employs 2,300 people.", "In what year was Saima founded?", "1889"),
        ("Kivi Bank was bought by Nordbank. Kivi was founded in 1889 and employs 2,300 people.", "How many people does Kivi employ?", "2,300"),
        # a participle clause put first shares the main clause's subject and keeps its own object
        (
            'Thanking President Berg for Norway\'s contributions to the fishing talks, the US envoy decided to "stay the course".',
            "For which country's contributions did the US envoy thank President Berg?",
            "Norway",
        ),
        # "as per X" says who told it
        (
            "As per the Bergen Times, Prime Minister Anna Berg at the meeting stressed that closer cooperation was essential.",
            "Which Prime Minister stressed closer cooperation was essential?",
            "Anna Berg",
        ),
        # the office of someone the article is about, however they are named
        ("German Chancellor Anna Berg said the ban was lawful.", "Who was the German Chancellor in May 2024?", "Anna Berg"),
        # a thing launched under a name is answered with its name, and the phrases after the name date the launch
        ('Norway launched a reform plan dubbed "Vision 2030" in 2016.', 'In what year did Norway launch a reform plan dubbed "Vision 2030"?', "2016"),
        ('Norway launched a reform plan dubbed "Vision 2030" in 2016.', "What did Norway launch in 2016?", 'reform plan dubbed "Vision 2030"'),
        ("Acme launched a new phone called Nova in March.", "What did Acme launch in March 2024?", "new phone called Nova"),
        ('Poland launched a road building programme dubbed "Sobieski 2027" in 2015.', 'In what year did Poland launch a road building programme dubbed "Sobieski 2027"?', "2015"),
        # the date of a dated thing, whether or not the parser split the date in two
        (
            "According to the October 9, 2022 border agreement between Norway and Iceland, fishing is banned.",
            "What was the date of the border agreement between Norway and Iceland?",
            "9 October 2022",
        ),
        # a year that dates an amount of money is asked (its neighbour in the no-question cases is a percentage)
        ("In 2022, Norway spent $8 billion on defence.", "In what year did Norway spend $8 billion on defence?", "2022"),
        # a speaker's verdict in their own quoted words
        (
            'The ministers concluded that the fishing agreement between Norway and Iceland is "unlawful".',
            "How did the ministers describe the fishing agreement between Norway and Iceland?",
            "unlawful",
        ),
        # "They" opening a sentence goes on about the group the sentence before was about
        (
            "Norwegian fisheries minister Anna Berg and her Danish and Swedish counterparts met in Oslo on Monday. "
            'They concluded that the fishing agreement between Iceland and Greenland is "unlawful".',
            "How did Norwegian fisheries minister Anna Berg and her Danish and Swedish counterparts describe the fishing agreement between Iceland and Greenland?",
            "unlawful",
        ),
        # "the border agreement" is the one fuller mention with those words
        (
            'Norway signed a maritime border agreement with Iceland on Monday. On Tuesday, Denmark called the border agreement "unlawful".',
            'On what date did Denmark call the maritime border agreement with Iceland "unlawful"?',
            "30 April 2024",
        ),
        # "the pact" after "a fishing agreement" is that agreement, a side clause after it or not
        (
            "Norway and Iceland signed a fishing agreement in Bergen on Monday. The pact, negotiated over two years, will cut quotas by 20% by 2027.",
            "By how much will the fishing agreement in Bergen cut quotas by 2027?",
            "20%",
        ),
        # "the two countries" are the two joined by "and" before; "the two leaders" the two who met
        (
            "Norway and Iceland signed a fishing agreement in Bergen on Monday. The pact will double trade between the two countries by 2027.",
            "By what year will the fishing agreement in Bergen double trade between Norway and Iceland?",
            "2027",
        ),
        (
            "President Anna Berg met with Prime Minister Jon Olsen in Bergen on Monday. The two leaders agreed to build a bridge over the Lake River.",
            "What did Anna Berg and Jon Olsen agree to build?",
            "a bridge over the Lake River",
        ),
        # "his" in what the subject said is the person named beside the subject, not someone named before
        (
            "Estonian President Kadri Saar hosted the talks. Latvia's prime minister, Mart Tamm, said his government would introduce a fishing bill in June.",
            "In what month would Mart Tamm's government introduce a fishing bill?",
            "June 2024",
        ),
        # a capitalised word opening its sentence is no name when the article writes it in lower case elsewhere
        (
            "Fishing ministers meet in Oslo\n\nMinisters of Norway, Iceland and Denmark met in Oslo on Monday to discuss fishing quotas.",
            "On what date did ministers of Norway, Iceland and Denmark meet in Oslo to discuss fishing quotas?",
            "29 April 2024",
        ),
        # "the next summit" is another summit, and future: next March
        ("The Baltic leaders met at a two-day summit in Riga. The next Baltic summit will be held in Tallinn in March.", "Where will the next Baltic summit be held in March 2025?", "Tallinn"),
        # an age set by commas after a name
        (
            "Acme named Maria Delgado as its chief executive on Monday. Delgado, 52, previously ran the European operations of rival Northfield Markets. "
            "Delgado starts in June.",
            "How old was Maria Delgado?",
            "52",
        ),
        # the place that ends the object's phrase is where the act happened, not part of the thing
        ("Norway and Iceland signed a fishing agreement in Bergen on Monday.", "What did Norway and Iceland sign on 29 April 2024?", "fishing agreement"),
        ("Norway and Iceland signed a fishing agreement in Bergen on Monday that will cut quotas by 20%.", "What did Norway and Iceland sign on 29 April 2024?", "fishing agreement"),
        # a participle in a clause opened by "with" is passive, whatever the tagger calls it
        (
            "The three countries will share the cost of the project, with the Nordic Council expected to cover 40% of the cost.",
            "What share of the cost is the Nordic Council expected to cover?",
            "40%",
        ),
        ("Five cities had bid to host the 2030 Winter Games, with Oslo expected to win the bid.", "Which city was expected to win the bid to host the 2030 Winter Games?", "Oslo"),
        # counts in a list of objects, each asked, without the hedge
        (
            "Nordbank agreed to buy Kivi Bank on Monday. The takeover would give Nordbank about 1.4 million new customers and 120 branches across Finland.",
            "How many new customers would Nordbank's takeover of Kivi Bank give Nordbank?",
            "1.4 million",
        ),
        (
            "Nordbank agreed to buy Kivi Bank on Monday. The takeover would give Nordbank about 1.4 million new customers and 120 branches across Finland.",
            "How many branches would Nordbank's takeover of Kivi Bank give Nordbank?",
            "120",
        ),
        # an amount keeps the currency sign the model leaves out, and the unit it is paid per
        ("Nordbank will pay $45 a share in cash for Kivi Bank.", "How much per share will Nordbank pay for Kivi Bank?", "$45 a share"),
        # a figure put "at" an amount by a verb of valuing
        ("Kivi Bank was valued at $3 billion in 2020.", "At how much was Kivi Bank valued in 2020?", "$3 billion"),
        # "the acquisition" and "the deal" are the act the story told before, by its named doer and object
        ("Nordbank acquired Kivi Bank on Monday. Analysts said the acquisition would cost 300 jobs in Oslo.", "How many jobs would Nordbank's acquisition of Kivi Bank cost in Oslo?", "300"),
        (
            "Nordbank agreed to buy Kivi Bank on Monday. The deal would give Nordbank about 1.4 million new customers.",
            "How many new customers would Nordbank's deal to buy Kivi Bank give Nordbank?",
            "1.4 million",
        ),
        # "an agreement under which X bought Y" is X's agreement to buy Y once its clause is left out
        (
            "On Monday, the Danish newspaper Politiken reported an agreement under which Nordgas bought Swedish pump maker Vattenkraft AB.",
            "On what date did the Danish newspaper Politiken report Nordgas' agreement to buy Vattenkraft AB?",
            "29 April 2024",
        ),
        # "the accident" is the incident told before by whom it struck
        (
            "Anna Berg was hurt in a bus crash which injured cyclist Jon Olsen on March 3. The accident happened near Fornebu Air Base.",
            "Near which place did the bus crash that injured Jon Olsen happen?",
            "Fornebu Air Base",
        ),
        ("The Oslo Space Center opened in 1961. On Tuesday, the center threw a party marking the date of the first launch.",
         "On what date did the Oslo Space Center throw a party marking the date of the first launch?", "30 April 2024"),
        ("The reform would cut Norway's pension costs by ten billion euros.", "By how much would the reform cut Norway's pension costs?", "ten billion euros"),
        # "valve and pump maker X" is one object, whatever the tagger makes of "pump", and X is no "pump maker"
        ("Nordgas acquired Swedish valve and pump maker Vattenkraft AB on Monday.", "Which maker did Nordgas acquire on 29 April 2024?", "Vattenkraft AB"),
        (
            "Last year Norwegian Prime Minister Anna Berg pulled the United States out of a fishing pact with Chile.",
            "Which country did Anna Berg pull out of a fishing pact with Chile in 2023?",
            "United States",
        ),
        # "the company" is the one company the story has had act, whatever its name says it is
        (
            "Harbor Foods named Maria Delgado as chief executive on Monday. The company, which runs 410 stores, said sales fell 6% to $3.2 billion in 2024.",
            "To how much did Harbor Foods' sales fall in 2024?",
            "$3.2 billion",
        ),
        # "the deal" after two parties signed one is theirs; two signers of different offices are "whom"
        (
            "Chile and Peru signed a free trade agreement on Wednesday. The deal was signed in Lima by Chilean Foreign Minister Lucia Herrera "
            "and Peruvian Trade Minister Jorge Quispe.",
            "By whom was the free trade agreement between Chile and Peru signed in Lima?",
            "Lucia Herrera and Jorge Quispe",
        ),
        (
            "Chile and Peru signed a free trade agreement on Wednesday that will remove tariffs on 95% of goods traded between them.",
            "On what share of goods will the free trade agreement between Chile and Peru remove tariffs?",
            "95%",
        ),
        # "which union" would leave only the continent to recall; "which club" leaves the name
        ("The African Union suspended Mali on Monday.", "Which organisation suspended Mali on 29 April 2024?", "African Union"),
        ("The Oslo Club hosted the Nordic Cup final on Monday.", "Which club hosted the Nordic Cup final on 29 April 2024?", "Oslo Club"),
        # a place where the act happens is asked (its neighbour in the no-question cases denies it)
        ("Anna Berg said that Jon Olsen's plays are staged at the Oslo Opera House.", "Where are Jon Olsen's plays staged?", "Oslo Opera House"),
        # places of different kinds are "which places"
        ("Anna Berg voiced worries about fishing in Bergen, Lapland, and Greenland.", "In which places did Anna Berg voice worries about fishing?", "Bergen, Lapland, and Greenland"),
        # what two parties agreed to do is still to come, whatever the tense of the agreeing
        (
            "Chile and Peru agreed on Monday to hold a business forum in Santiago in February.",
            "For what month did Chile and Peru agree on 29 April 2024 to hold a business forum in Santiago?",
            "February 2025",
        ),
        # "the two countries" are the pair the story joined by "and", not the last two it named
        (
            "Chile and Peru signed a free trade agreement on Wednesday. Peru signed a similar deal with Mexico in 2011. "
            "The two countries also agreed to hold a business forum in Santiago in June.",
            "For what month did Chile and Peru agree to hold a business forum in Santiago?",
            "June 2024",
        ),
        # "the bloc" is the union named before; "X's foreign policy chief" keeps every word of the post
        (
            "The European Union's foreign policy chief, Helena Marsh, said on Wednesday that the bloc stood by Poland.",
            "By which country did the European Union stand?",
            "Poland",
        ),
        (
            "The European Union's foreign policy chief, Helena Marsh, said on Wednesday that the bloc stood by Poland.",
            "Who was the European Union's foreign policy chief in May 2024?",
            "Helena Marsh",
        ),
        # an amount paid "per share" keeps its unit; a date that ends an aside dates the aside, not the paying
        ("Borg will pay 38 euros per share in cash, a premium of 27% to Acme's closing price on Friday.", "How much per share will Borg pay in cash?", "38 euros per share"),
        # "as it seeks to double its capacity": the question names the subject once and keeps "its"
        (
            "Vestra Energy said on Monday it had agreed to buy Nordvind as it seeks to double its renewable capacity by 2030.",
            "By what year does Vestra Energy seek to double its renewable capacity?",
            "2030",
        ),
        # "per share" is a rate, not "as per": it stays in the question; a one-word short name is asked by the full one
        (
            "Shares of Vestra Energy rose. Vestra will pay 38 euros per share in cash for Borg.",
            "Which organisation will pay 38 euros per share in cash for Borg?",
            "Vestra Energy",
        ),
        # the weekday of an agreement to act is the agreeing's, a day past
        ("Vestra Energy agreed to buy Nordvind on Monday.", "On what date did Vestra Energy agree to buy Nordvind?", "29 April 2024"),
        # "its spokesman, X," is the country's, and speaks as X; "the expulsion" is the act told before, of a described thing
        (
            "Poland expelled a Chilean diplomat on Tuesday. Chile denied the accusation. "
            'Its foreign ministry spokesman, Jorge Quispe, called the expulsion "an unfriendly step".',
            "What did Jorge Quispe call Poland's expulsion of a Chilean diplomat?",
            "an unfriendly step",
        ),
        (
            "Poland expelled a Chilean diplomat on Tuesday. Chile denied the accusation. "
            'Its foreign ministry spokesman, Jorge Quispe, called the expulsion "an unfriendly step".',
            "Who was Chile's foreign ministry spokesman in May 2024?",
            "Jorge Quispe",
        ),
        # a description that opens the sentence loses the sentence's capital
        ("Foreign ministry spokesman Jorge Quispe said Lima would respond.", "Which foreign ministry spokesman said Lima would respond?", "Jorge Quispe"),
        # a lone surname after a word of office is a person's
        ("Both ministers said Secretary of State Lund would travel to Oslo next month.", "Who would travel to Oslo in June 2024?", "Lund"),
        # a relation that is a post is asked as held in the article's month
        (
            "Prime Minister Anna Berg met Jon Olsen on Monday. Berg's spokesperson, Lars Dahl, said the talks would resume in June.",
            "Who was Anna Berg's spokesperson in May 2024?",
            "Lars Dahl",
        ),
        # "instead" of what its own sentence denied (its neighbour across two sentences asks nothing)
        ("The Nordic Pension Agency would no longer use wage growth to set pensions but would use price levels instead.", "What would the Nordic Pension Agency use instead of wage growth?", "price levels"),
        # "the deal" after "X said it had agreed to buy Y" is X's
        (
            "Nordbank, Norway's second-largest bank, said on Wednesday it had agreed to buy Finnish lender Kivi Bank for €2.1 billion. "
            "The deal, which still needs approval from regulators, would give Nordbank about 1.4 million new customers.",
            "How many new customers would Nordbank's deal to buy Kivi Bank give Nordbank?",
            "1.4 million",
        ),
        # "Acme said sales fell": Acme's sales
        ("Acme said on Monday that profits rose 12% to $3 billion in 2023.", "By how much did Acme's profits rise to $3 billion in 2023?", "12%"),
        # a claim keeps who makes it: the article does not vouch for it
        ("The ministry claims Nordwind Air flies soldiers and cargo to Chile.", "To which country does the ministry claim Nordwind Air flies soldiers and cargo?", "Chile"),
        ("The ministry claims Nordwind Air flies soldiers and cargo to Chile.", "Which airline does the ministry claim flies soldiers and cargo to Chile?", "Nordwind Air"),
        # every quoted label is the answer, not the first alone
        (
            'Prime Minister Jan Berg called the border treaty "unlawful" and "a historic mistake".',
            "What did Jan Berg call the border treaty?",
            "“unlawful” and “a historic mistake”",
        ),
        # the value of a deal the noun alone cannot single out, said by the clause it is in
        ("Borg agreed to buy Acme in a deal worth $3 billion.", "What was the value of the deal in which Borg agreed to buy Acme?", "$3 billion"),
        ("Borg signed a $3 billion deal with Acme.", "What was the value of the deal that Borg signed with Acme?", "$3 billion"),
        ("Borg signed a deal worth $3 billion with Acme.", "What was the value of the deal with Acme that Borg signed?", "$3 billion"),
        # an object's complement the parser read as an apposition stays, and so does the "too" of "too much"
        (
            "The International Monetary Fund considers public debt above 90% of output a sign that a government in Europe has borrowed too much.",
            "Which fund considers public debt above 90% of output a sign that a government in Europe has borrowed too much?",
            "International Monetary Fund",
        ),
        # what someone told reporters is the question's content (its neighbour in the no-question cases lost it)
        ("Finance Minister Jon Olsen told reporters that the deficit had more than doubled.", "Which Finance Minister told reporters the deficit had more than doubled?", "Jon Olsen"),
        ("Finance Minister Jon Olsen warned of a recession in Norway on Monday.", "Which Finance Minister warned of a recession in Norway on 29 April 2024?", "Jon Olsen"),
        # a thing a relative clause describes is the one its maker made, and a lone surname is the person named before
        (
            "Marta Zelinski won the vote. Zelinski has proposed legislation that would fund the army through September.",
            "Through what month would the legislation Zelinski proposed fund the army?",
            "September 2024",
        ),
        # an "it" is named as the article writes the name, "the" and all
        (
            "The Nordic Competition Authority was founded in 2001. Two years later it fined Acme 2 million crowns for price fixing in Oslo.",
            "In which city did the Nordic Competition Authority fine Acme 2 million crowns for price fixing?",
            "Oslo",
        ),
        # a description with a name in it says whose office it is (its neighbours in the no-question cases say only a nationality)
        ("Jon Olsen, the director of the Bergen Film Festival, opened it on Saturday.", "Who was the director of the Bergen Film Festival in May 2024?", "Jon Olsen"),
        ("Jon Olsen, the chief of the Nordic flood relief agency, said on Monday that the search would go on.", "Who was the chief of the Nordic flood relief agency in May 2024?", "Jon Olsen"),
        # a building or a body with no kind word to ask for is where something happened
        ("Jon Olsen will be sworn in at Skaugum House on Wednesday.", "Where will Jon Olsen be sworn in on 8 May 2024?", "Skaugum House"),
        # a count among a whole is of the whole's noun, not of one counted in the sentence before
        ("The race lasted six weeks. Anna Berg won 29 of the 50 votes cast by the council in Vienna on Wednesday.", "How many of the 50 votes did Anna Berg win?", "29"),
        # a rank before the name is the name's, not the description's
        ("The chief of the Nordic flood relief agency, Gen. Pablo Ruiz, said on Saturday that 900 troops had been deployed.", "Who was the chief of the Nordic flood relief agency in May 2024?", "Pablo Ruiz"),
        # nouns counted together are asked together, and "how" opens the question it embeds
        ("The Nordic Red Cross said 1,300 soldiers and police officers had been sent to Bergen.", "How many soldiers and police officers had been sent to Bergen?", "1,300"),
        (
            "The Nordic Space Agency has sent up a probe built to gauge how much ice covers Europe's lakes.",
            "Which agency has sent up a probe built to gauge how much ice covers Europe's lakes?",
            "Nordic Space Agency",
        ),
        # a phrase joined to another by "or" stays with it: 8,000 is who sleeps in tents or with friends
        ("In Bergen, about 8,000 people were sleeping in tents or with friends.", "How many people were sleeping in tents or with friends in Bergen?", "8,000"),
        # an age or a length that describes a noun stays whole, whatever date question is asked
        ("Gunmen killed a 68-year-old Sami farmer in Narvik on Tuesday.", "Where did gunmen kill a 68-year-old Sami farmer on 30 April 2024?", "Narvik"),
        ("Anna Berg will take up the post for a five-year term on 1 March 2028.", "On what date will Anna Berg take up the post for a five-year term?", "1 March 2028"),
        # a relative clause after "part of X" is X's (its neighbour in the no-question cases says "one with")
        ("The Nordic plan is part of an overall Pension Reform package that would create personal savings accounts.", "What would an overall Pension Reform package create?", "personal savings accounts"),
        # a hyphenated name stays whole however the parser split it
        (
            "The third round of the Norway-Chile Joint Council for Fisheries will take place in Oslo in 2028.",
            "In what year will the third round of the Norway-Chile Joint Council for Fisheries take place in Oslo?",
            "2028",
        ),
        # a year that starts a span is asked with its preposition
        ("Jon Olsen, 58, who ran the Nordic Chemical Company from 2016 until he quit, was detained.", "From what year did Jon Olsen run the Nordic Chemical Company?", "2016"),
        # a verb that shares its auxiliaries with the one before keeps them; an adjective keeps its phrase; "whether" stays
        ("Four miners were killed and 12 others injured when a shaft wall gave way at a Nordic Mining copper mine.",
         "How many others were injured when a shaft wall gave way at a Nordic Mining copper mine?", "12"),
        ("Three bankers close to the talks told Reuters that Borg was weighing whether to lift its bid.",
         "How many bankers close to the talks told Reuters Borg was weighing whether to lift its bid?", "Three"),
        # a run of names ending in "Bill" is a law, not a man named Bill
        ("Danish lawmakers passed the Nordic Housing Bill by 72 votes to 41, with five abstentions, on Wednesday.",
         "What did Danish lawmakers pass by 72 votes to 41 with five abstentions on 1 May 2024?", "Housing Bill"),
        # a date the parser hung on the subject is the act's; a bracket taken out leaves one space; a comment after a
        # comma is no second object
        ("German truckmaker Norrland Lastwagen on Tuesday rejected a 6.2 billion euro ($6.8 billion) takeover offer from Swedish rival Borg.",
         "What did German truckmaker Norrland Lastwagen reject on 30 April 2024?", "6.2 billion euro takeover offer from Swedish rival Borg"),
        ("Two-way trade between Norway and Chile hit US$410 million in 2024, a rise of 12 percent.",
         "How much did two-way trade between Norway and Chile hit in 2024?", "US$410 million"),
        ("The Nordic data regulator on Friday fined Fjordnet Mobile for breaking privacy rules.",
         "Which organisation did the Nordic data regulator fine for breaking privacy rules?", "Fjordnet Mobile"),
        # "set out" went; "is set to open" is to come
        ("Four Nordic fishermen set out from Bergen on Saturday despite a storm warning.",
         "On what date did four Nordic fishermen set out from Bergen despite a storm warning?", "27 April 2024"),
        ("The Bergen museum is set to open on Saturday.", "On what date is the Bergen museum set to open?", "4 May 2024"),
        # a part of a month keeps its words when the month is made absolute
        ("The Nordic Party will decide before the end of April whether to join the Olsen coalition.",
         "Which party will decide before the end of April 2024 whether to join the Olsen coalition?", "Nordic Party"),
        ("The Nordic referendum is set for Sunday.", "On what date is the Nordic referendum set?", "5 May 2024"),
        # a name a relative clause describes is named by itself, not by who bought it
        ("Nordbank bought Kivi Bank, which employs 300 people.", "How many people does Kivi Bank employ?", "300"),
        # a percentage written "per cent" keeps one "per cent"
        ("Health spending in Nordland will rise 7.3 per cent to $4.9 billion.", "By how much will health spending in Nordland rise to $4.9 billion?", "7.3 per cent"),
        # a fuller mention owned by a name takes no "the"
        ("Oslo will launch Norway's first Arctic weather satellite on Friday. The Nordic Space Agency will pay for half of the satellite's launch.",
         "Which agency will pay for half of Norway's first Arctic weather satellite's launch?", "Nordic Space Agency"),
        # a figure asked of a thing the question names (its neighbour in the no-question cases names nothing)
        ("The Bergen earthquake destroyed 1,200 homes.", "How many homes did the Bergen earthquake destroy?", "1,200"),
        # a date the parser hangs on the end of the subject dates the verb after it
        ("Ministers of the Baltic Sea Forum on Friday adopted the Lofoten Declaration.",
         "On what date did ministers of the Baltic Sea Forum adopt the Lofoten Declaration?", "26 April 2024"),
        # a name after a verb with no object is its object, though the parser reads it as a time ("replaces Monday")
        ("Kristi Kivi, a former mayor, replaces Arvo Ots.", "Who does Kristi Kivi replace?", "Arvo Ots"),
        # a relative clause on the subject is left out of the question, and so is what it points back to
        ("Liina Mets, who will be the first woman in the post, replaces Rein Viik.", "Who does Liina Mets replace?", "Rein Viik"),
        # the day a company says it made a deal is the deal's day (the day of a remark, in the no-question cases, is not)
        ("Nordvik Bank said on Monday it would buy Fjord Capital for $2 billion.",
         "On what date did Nordvik Bank say it would buy Fjord Capital for $2 billion?", "29 April 2024"),
        # a described thing is an answer (a bare "the project", in the no-question cases, only points back)
        ("The Nordic Space Agency approved a lunar rover on Monday. Member states agreed to fund a new lunar rover at a meeting in Oslo.",
         "What did member states agree to fund at a meeting in Oslo?", "a new lunar rover"),
        # a clause linked by "where" goes with its link; a source's description goes with the source
        ("Anna Berg became Norway's prime minister on Monday. According to NRK, the Norwegian broadcaster, Berg will make her "
         "first foreign trip as prime minister to Riga next week, where she is to meet her Latvian counterpart.",
         "To which city will Anna Berg make her first foreign trip as prime minister?", "Riga"),
        ("Anna Berg became Norway's prime minister on Monday. According to NRK, the Norwegian broadcaster, Berg will make her "
         "first foreign trip as prime minister to Riga next week, where she is to meet her Latvian counterpart.",
         "Who will make her first foreign trip as prime minister to Riga?", "Anna Berg"),
        # "the rail deal" says which deal (a bare "the deal", in the no-question cases, only points back)
        ("Acme Rail agreed to pay a $9 million settlement to passengers on Monday. Judge Ola Berg approved the rail deal after a hearing in Bergen.",
         "Which Judge approved the rail deal after a hearing in Bergen?", "Ola Berg"),
        # a past agreeing cannot come after its article: "in November" is what they agreed to, asked "for what month"
        ("Prime Minister Ana Petrak met President Omar Haddad this morning at the palace in Skopje, where the two leaders "
         "agreed to hold a joint business forum in Oslo in November.",
         "For what month did Ana Petrak and Omar Haddad agree to hold a joint business forum in Oslo?", "November 2024"),
        # a past act dated before the article is the act's
        ("Prime Minister Ana Petrak and President Omar Haddad agreed in March to hold a joint business forum in Oslo.",
         "In what month did Ana Petrak and Omar Haddad agree to hold a joint business forum in Oslo?", "March 2024"),
        # a country's capital acting stands for its government
        ("Nairobi expelled two Ugandan traders on Wednesday.", "Which capital expelled two Ugandan traders on 1 May 2024?", "Nairobi"),
        # a clause with its own object (its neighbour in the no-question cases has the noun before it for one)
        ("Oslo has concluded a fisheries pact with a South American country for the first time.",
         "Which capital has concluded a fisheries pact with a South American country for the first time?", "Oslo"),
        # a dateline blanked out before the first sentence leaves its subject whole ("Norway | and Iceland agreed" is no split)
        ("Norway and Iceland agree ferry link\n\nOSLO — Norway and Iceland agreed on Thursday to build a ferry link between the two countries.",
         "What did Norway and Iceland agree on 2 May 2024 to build?", "a ferry link between Norway and Iceland"),
        # a person hosted is met, named beside the noun that describes them, whatever title the model read into a name
        ("Norwegian Prime Minister Anna Berg hosted her Finnish counterpart, Ola Lund, in Oslo on Monday.",
         "Who did Anna Berg host in Oslo on 29 April 2024?", "Ola Lund"),
        ("Danish Prime Minister Anna Berg received her Tunisian counterpart, Head of Government Omar Haddad, at the Marienborg residence in Copenhagen on Monday.",
         "Who did Anna Berg receive at the Marienborg residence in Copenhagen on 29 April 2024?", "Omar Haddad"),
        # money of a clause whose verb shares its subject with the verb before it ("… and ordered him to pay")
        ("Norway's Supreme Court upheld the fraud verdict on Monday. The court confirmed the prison term handed down to Ola Strand "
         "and ordered him to pay a fine of 2 million crowns.",
         "What was the value of the fine that the Supreme Court ordered Ola Strand to pay?", "2 million crowns"),
        # a passive clause under a pact keeps its auxiliaries in order
        ("Oslo signed a pact with Lima, under which 300 Peruvian nurses will be offered jobs in Norwegian hospitals.",
         "Under a pact with Lima, what will 300 Peruvian nurses be offered?", "jobs in Norwegian hospitals"),
        # an ambassador's office says to where; a surname two people share is the one named first
        ("Norway's ambassador to Chile, Ola Lund, met Anna Berg in Santiago.", "Who was Norway's ambassador to Chile in May 2024?", "Ola Lund"),
        ("Chile summoned Norway's ambassador in Santiago, Ola Strand, on Tuesday.", "Who was Norway's ambassador in Santiago in May 2024?", "Ola Strand"),
        ("President Jonas Lindahl of Sweden arrived in Berlin on Monday with his wife, Sigrid Maria Lindahl. Lindahl met Chancellor Olaf Berg on Tuesday.",
         "Who did Jonas Lindahl meet on 30 April 2024?", "Olaf Berg"),
        # "the company" after the one company named, only described
        ("Norway chose a Korean mapping company in May. The company employs about 260 people in Busan.",
         "How many people does the Korean mapping company employ?", "260"),
        # where a count that rose ended
        ("The death toll from floods in Kerala rose to 64 on Thursday.", "To what number did the death toll from floods in Kerala rise on 2 May 2024?", "64"),
        # a tally: how many voted for what was voted on, how many votes a winner won (the loser's count and name left out)
        ("The Storting voted 101 to 68 on Tuesday to ratify the Nordic fisheries pact.",
         "How many members of the Storting voted on 30 April 2024 to ratify the Nordic fisheries pact?", "101"),
        ("The Norwegian senators voted 60-38 to confirm Anna Berg as trade envoy.", "How many Norwegian senators voted to confirm Anna Berg as trade envoy?", "60"),
        ("Anna Berg won 58 votes to 33 for Ola Strand, her sole challenger, at a party council meeting in Bergen.",
         "How many votes did Anna Berg win at a party council meeting in Bergen?", "58"),
        # an amount of something of someone's is asked "How much of"; of a mass noun, "How much"
        ("Vestra's offer for Borg Group includes about 90 million euros of Borg's bank debt, Vestra said.",
         "How much of Borg's bank debt does Vestra's offer for Borg Group include?", "90 million euros"),
        ("Borg Group had 90 million euros of available liquidity at the end of June.",
         "How much available liquidity did Borg Group have at the end of June 2024?", "90 million euros"),
        # a name after a title with a phrase of its own is the title's holder, who said what follows
        (
            'Mr. Lars Holm left the talks on Sunday. Deputy Minister for Fisheries Ola Strand, who opened the harbour, said the port '
            'would grow. "The harbour is a fine start for the town," he said.',
            "Who said “The harbour is a fine start for the town”?",
            "Ola Strand",
        ),
        (
            "Deputy Minister for Fisheries Ola Strand, who opened the harbour, said the port would grow.",
            "Which Deputy Minister for Fisheries said the port would grow?",
            "Ola Strand",
        ),
        # a bare "the minister", and the "he" it is the subject for, is the one minister named before
        (
            "Minister Peter Olsen announced the grain grant on Monday. Dr. Ingrid Lie welcomed the grant. "
            "The minister will travel to Bergen, where he will open the new Fish Market.",
            "What will Peter Olsen open?",
            "new Fish Market",
        ),
    ],
)
def test_question_from_a_clause(tmp_path, nlp, text, prompt, answer):
    found, _ = questions(tmp_path, nlp, text)
    assert (prompt, answer) in found, sorted(found)


def test_one_question_per_answer_with_or_without_its_article(tmp_path, nlp):
    _, deck = questions(tmp_path, nlp, "Anna Berg met Jon Olsen in Bergen on Monday. The two leaders agreed to build a bridge over the Lake River.")
    prompts = [q.prompt for q in deck.questions]
    assert prompts.count("What did Anna Berg and Jon Olsen agree to build?") == 1, prompts


def test_a_named_pact_in_a_phrase_of_the_verb_is_asked_once(tmp_path, nlp):
    _, deck = questions(tmp_path, nlp, "Norway signed up to the Nordic Free Trade Area agreement on Monday.")
    asked = [(q.prompt, q.answer) for q in deck.questions if q.prompt.startswith("To which agreement")]
    assert asked == [("To which agreement did Norway sign up on 29 April 2024?", "Nordic Free Trade Area agreement")], asked


def test_a_described_thing_accepts_its_core_without_the_phrases_after_it(tmp_path, nlp):
    _, deck = questions(tmp_path, nlp, "The Nordic reform package would create personal investment accounts for individual taxpayers.")
    accounts = next(q for q in deck.questions if q.prompt == "What would the Nordic reform package create?")
    assert "personal investment accounts" in accounts.accept
    _, deck = questions(tmp_path, nlp, "The Nordic Pension Agency would no longer use the increase in wages over a worker's lifetime to calculate benefits.")
    increase = next(q for q in deck.questions if q.prompt == "What would the Nordic Pension Agency no longer use to calculate benefits?")
    assert "increase" not in increase.accept, increase.accept  # a bare head noun is no answer


def test_a_name_accepts_the_short_form_the_article_gives_it_and_a_country_its_other_names(tmp_path, nlp):
    _, deck = questions(tmp_path, nlp, "The Nordic Association of Retired Persons (NARP) criticised the pension plan in Oslo on Monday. "
                                       "Anna Berg left the UK for Norway on Monday.")
    association = next(q for q in deck.questions if q.answer == "Nordic Association of Retired Persons")
    assert "NARP" in association.accept
    country = next(q for q in deck.questions if q.answer == "UK")
    assert {"United Kingdom", "Britain"} <= set(country.accept)


def test_a_second_name_hung_on_an_office_does_not_hold_it(tmp_path, nlp):
    found, _ = questions(tmp_path, nlp, "Norway's foreign minister Anna Berg and her Danish and Swedish counterparts, Jon Olsen and Erik Lund, gathered in Oslo.")
    holders = {answer for prompt, answer in found if prompt == "Who was Norway's foreign minister in May 2024?"}
    assert holders == {"Anna Berg"}, found


def test_the_same_moment_told_again_in_brackets_is_no_second_date(tmp_path, nlp):
    found, _ = questions(tmp_path, nlp, "The Nordic probe lifted off from Kourou at 21:40 local time on Tuesday (00:40 GMT on Wednesday).")
    dates = {answer for prompt, answer in found if prompt.startswith("On what date")}
    assert dates == {"30 April 2024"}, found


def test_a_count_accepts_digits_for_a_number_word(tmp_path, nlp):
    _, deck = questions(tmp_path, nlp, "Altogether, twelve senators voted against the Energy Bill.")
    count = next(q for q in deck.questions if q.kind == "amount")
    assert "12" in count.accept


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # "a 23-year-old cyclist" describes Jon Olsen; it does not single him out
        ("Jon Olsen, a 23-year-old cyclist, was hit by a lorry in Oslo.", "Who is a 23-year-old cyclist?"),
        # "the story" is the one the article tells: no question can say which
        ("Norway and Sweden met in Oslo on Monday. The Bergen Times covered the story.", "Which newspaper covered the story?"),
        # "laid out that" reports the speaker's view
        ("Anna Berg laid out that Norway will compete with Sweden in fisheries.", "Which country will compete with Sweden in fisheries?"),
        # "other members": other than whom?
        ("Other members of the fishing pact include Denmark.", "Which country do other members of the fishing pact include?"),
        # "the Saab" in a story of "a Saab 95" is the car
        ("A Saab 95 hit the cyclist. Police found the Saab had left the air base.", "Which organisation had left the air base?"),
        # "the summit" named nowhere in the story: which summit?
        ("Norway and Sweden met in Oslo on Monday. Denmark rejected the conclusions of the summit.", "Which country rejected the conclusions of the summit?"),
        # a description the parser read as a second object of the verb: asking for one object keeps half a phrase
        ("Lapland Finans has acquired Polish cable and pipe manufacturer Wiatrak Group.", "What has Lapland Finans acquired Wiatrak Group?"),
        ("Lapland Finans has acquired Polish cable and pipe manufacturer Wiatrak Group.", "Which group has Lapland Finans acquired Polish cable and pipe manufacturer?"),
        # nothing but the verb would single out the answer
        ("Anna Berg met John Smith in Bergen. Later, John Smith will come back.", "Who later will come back?"),
        ("Anna Berg spoke in Oslo. Maria Lopez resigned.", "Who resigned?"),
        # "the two leaders" names a group already counted, not a new number
        ("The two leaders discussed the dispute over fishing rights.", "How many leaders discussed the dispute over fishing rights?"),
        # a quotation is never shortened in its middle
        ('Anna Berg told the BBC: "All we need to do is ask Peter Olsen to come back to Norway."', "Who told the BBC All is ask Peter Olsen to come back to Norway?"),
        # a percentage without its base has no one answer
        ("The alliance's rules call for 3% while Norway spends 1.5% of its GDP on defence.", "For how much do the alliance's rules call?"),
        # a named object is asked by its name, not as a described thing
        (
            "The newspaper revealed a deal whereby, on Monday, Romanian state-owned enterprise Duna Kft. acquired Polish valve maker Wiatrak Group.",
            "What did Romanian state-owned enterprise Duna Kft. acquire?",
        ),
        # a gerund has no tense to ask with
        ("Norway said Malta winning the bid was a surprise.", "Which country winning the bid?"),
        # a verb coordinated inside a subordinate clause has no subject a question can trust
        (
            "The leaders reiterated their view that a war should never be started and can never be justified and underscored their opposition to the use of mines in Bosnia.",
            "In which country did a war underscore their opposition to the use of mines?",
        ),
        # "the deal" refers back to a deal no words describe: no one could say which
        ("Norway revealed a deal on Monday. Denmark criticised the deal in Oslo.", "Which country criticised the deal in Oslo?"),
        # the one who announced is no object of the announcement
        ("Anna Berg will visit Paris next month, announced the Foreign Office on Friday.", "Which office did Anna Berg announce on 26 April 2024?"),
        # "it" after two organisations could mean either
        ("Acme Corp and Beta Ltd met on Monday. It was founded in 1987.", "In what year was Acme Corp founded?"),
        # a body named only to say whose officer spoke is not who spoke
        ("Baltic Export–Import Bank president Ade Bello said the plan would work. Bello added more.", "Which bank said the plan would work?"),
        # "instead" of what? The question could not say
        ("The agency would no longer use wage growth. It would use price levels instead.", "What would the agency use instead?"),
        # a singular "the orbiter" is never the plural "the three remaining Nordic Space orbiters"
        (
            "The fleet has three ferries left. The three remaining Nordic Line ferries will retire. Polaris will go on display in Bergen following the ferry's last voyage.",
            "In which city will Polaris go on display following the three remaining Nordic Line ferries's last voyage?",
        ),
        # a speaker's "our" would mean the reader's in a question
        ("Anna Berg said that our fishing policy has changed in Norway.", "In which country has our fishing policy changed?"),
        # "a new formula" says nothing of which formula
        ("The ministry will propose a new formula.", "What will the ministry propose?"),
        # a vague thing is no answer
        ("Anna Berg gave a different account of events.", "What did Anna Berg give?"),
        # a bare number says nothing of what was counted
        ("Anna Berg won the vote with 310 votes. Her rival Peter Olsen received 145.", "Who received 145?"),
        # "that amount" points to another sentence
        ("Kenya lent Tanzania $2 billion. Tanzania will repay that amount to Kenya.", "Which country will repay that amount to Kenya?"),
        # an office that does not say whose: many people are "the Prime Minister"
        ("Prime Minister Anna Berg visited Oslo on Monday with Maria Lopez.", "Who was the Prime Minister in May 2024?"),
        # "it" could be the budget its own sentence names: no question pins it on the Senate
        ("The Senate has a majority. For the budget to pass, it must be signed by Anna Berg.", "By whom must Senate be signed?"),
        # a demonstrative subject points to another sentence
        ("Norway needs ships. This kind of equipment is needed by the Defence Forces.", "By which organisation is this kind of equipment needed?"),
        # "with X doing Y" is a clause of its own: X is no partner of the main verb
        # "the same day" has no date of its own
        ("Acme Corp reported a loss on Monday. Beta Ltd issued a press release on the same day.", "Which company issued a press release on the same day?"),
        # a headline drops the words a question needs
        ("Northway buys rival Kaufhalle\n\nThe retailer Northway said on Tuesday it bought its rival.", "Which organisation buys rival Kaufhalle?"),
        # "Secretary of State" says no country, whatever the model tags "State" as (its neighbour in the role cases says "Norwegian")
        ("Secretary of State Jon Olsen will visit Oslo.", "Who was the Secretary of State in May 2024?"),
        # "the county's Police and Crime Commissioner": an office of a place the question cannot name
        ("The county's Police and Crime Commissioner Jon Olsen urged calm.", "Who was the Police and Crime Commissioner in May 2024?"),
        # a clause a speaker puts forward is their view, not a fact to learn (its neighbour in the clause cases is asked)
        ("Anna Berg stressed that Norway will continue to compete with Sweden in fisheries.", "Which country will continue to compete with Sweden in fisheries?"),
        ("Anna Berg stressed that Norway will continue to compete with Sweden in fisheries.", "With which country will Norway continue to compete in fisheries?"),
        # countries of a continent in the prompt give the continent away (its neighbour names none)
        ("Nordwind Air is still operating in Europe with destinations including Spain, Greece and Italy.", "In which region is Nordwind Air operating with destinations including Spain, Greece and Italy?"),
        # a bare "Who"/"What" over a clause that names nothing has no anchor (its neighbour in the clause cases names Oslo)
        ("Anna Berg was involved in a traffic collision.", "Who was involved in a traffic collision?"),
        # an object "her" with no woman named but her clause's subject (its neighbour in the clause cases names one)
        ("Judge Karin Lund works in Oslo. On Monday, Lund jailed her for two years.", "On what date did Karin Lund jail Karin Lund?"),
        ("Judge Karin Lund works in Oslo. On Monday, Lund jailed her for two years.", "On what date did Karin Lund jail her?"),
        # a hyphenated modifier before a name is no kind of thing to ask "which" of
        ("The striker Jon Olsen joined Bergen from second-tier Oslo City for 2.7 million pounds.",
         "From which second-tier did Jon Olsen join Bergen for 2.7 million pounds?"),
        ("The striker Jon Olsen joined Bergen from second-tier Oslo City for 2.7 million pounds.",
         "From which tier did Jon Olsen join Bergen for 2.7 million pounds?"),
        # "which together hold" after a list is all of it, not its last member (its neighbour in the clause cases is singular)
        ("The Nordic coalition unites the Unity Alliance and the Harbour party, which jointly control exactly 61 seats.",
         "How many seats does the Harbour party control?"),
        # a time of day with its zone is no agent, whatever the model tags it
        ("Shares in Vestra slumped 41% to 96 pence in Oslo by 1045 GMT.", "By what did shares in Vestra slump 41% to 96 pence in Oslo?"),
        # what was never done has no one answer
        ("Nordbank has never sold a bond to Vestra.", "What has Nordbank never sold to Vestra?"),
        # "with X as counsel" is no partner of the act
        ("Borg Partners and Nord & Co are advising Acme on the sale, with Vik LLP as its lawyers.",
         "With whom are Borg Partners and Nord & Co advising Acme on the sale?"),
        # a clause with no relative word whose object is the noun before it: the question would have no object
        ("The Nordic Union will back the budget only if the toll is scrapped, a condition Anna Berg accepted during budget talks in Oslo last month.",
         "In what month did Anna Berg accept during budget talks in Oslo?"),
        # "What will X provide?" answered by a description: which of the things X provides?
        ("Acme will provide a full report on the crash to its staff.", "What will Acme provide?"),
        # an "it" that stands for the infinitive after it refers to nothing named
        ("The Oslo Institute was founded in 1990. It falls to Governor Anna Berg to name a new head of the navy.",
         "To which Governor does the Oslo Institute fall to name a new head of the navy?"),
        # a time of day with its zone is no organisation, even when the model tags its number apart
        ("Shares in Vestra leapt 15.2% to 8.64 euros in Oslo by 1115 GMT.", "By which organisation did shares in Vestra leap 15.2% to 8.64 euros in Oslo?"),
        # no wh-word leaves the gerund of a phrase on a noun ("in return for rezoning"; "by visiting X" may)
        ("Jon Olsen took gifts from a builder in Bergen in return for rezoning 35 farms.",
         "How many farms did Jon Olsen take gifts from a builder in Bergen in return for rezoning?"),
        # a verb written once for a list of clauses: which subject goes with which amount?
        ("The Nordic Bank gave 2.6 billion euros, Norway $700 million and Chile $90 million for the flood fund in Lima.",
         "Which organisation gave 2.6 billion euros $90 million for the flood fund in Lima?"),
        ("Norway pledged 2 billion crowns, Sweden $500 million and Japan $300 million to the Oslo fund on Monday.", "How much did Norway pledge?"),
        ("Under the plan, Sweden will put in $40 million, Norway $25 million and Denmark $5 million to the Oslo fund.", "How much will Sweden put in?"),
        # "Cabinet Secretary": the model's "Cabinet" says no more whose office it is than "the Prime Minister" does
        ("Cabinet Secretary Jon Olsen expressed appreciation for Norway's contribution.", "Who was the Cabinet Secretary in May 2024?"),
        # examples of "several other countries" are two of how many?
        ("Several other states, including Chile and Peru, signed the Oslo declaration.", "Which Several other states signed the Oslo declaration?"),
        # "whose party" leaves "whose" in the question
        ("Opposition leader Anna Berg, whose Nordic Renewal party holds 17 seats, demanded a new vote.",
         "How many seats does whose Nordic Renewal party hold?"),
        # a verb of giving left with whom but not what, by a misparse
        ("The Government of Norway has promised to give Danish buyers first call on up to 40 percent of the gas from new fields, "
         "and to finish a survey of the seabed by the end of 2027.", "Which organisation has promised to give Danish buyers?"),
        # "the 23-year-old winger" is someone named before, by a description no question can place
        ("Jon Olsen scored twice for Bergen in Oslo on Saturday. The 23-year-old winger, who moved to Bergen from Oslo City "
         "for 2.7 million pounds in January, was named man of the match.", "In what month did the 23-year-old winger move to Bergen from Oslo City for 2.7 million pounds?"),
        # "Which country's decision …?" would lose which decision, "Which country's expansion …?" of what
        ("Jon Olsen welcomed Norway's decision to raise defence spending in Oslo on Monday.", "Which country's decision did Jon Olsen welcome?"),
        ("Jon Olsen and Anna Berg discussed Norway's steady expansion of coastal radar in Oslo.",
         "Which country's steady expansion did Jon Olsen and Anna Berg discuss?"),
        # the age of someone named once, in passing, is trivia (its neighbour in the clause cases is named three times)
        ("Jon Olsen, a 23-year-old cyclist, was hit by a lorry in Oslo. Police said the driver wore a helmet.", "How old was Jon Olsen?"),
        # a date is no anchor either: which vote, whose collision? (its neighbour in the clause cases names Oslo)
        ("Anna Berg was involved in a traffic collision on Monday.", "Who was involved in a traffic collision on 29 April 2024?"),
        # someone named once, only as whose spokesperson spoke, is no one the quiz is about
        ("German Chancellor Anna Berg's spokesperson, Jon Olsen, said the ban was lawful.", "Who was the German Chancellor in May 2024?"),
        ("Nordwind Air helped the regime by backing Chilean President Omar Haddad.", "Who was the Chilean President in May 2024?"),
        # a phrase of a noun inside a phrase of the verb, put first, would read as the verb's own
        ("Norway withdrew from a research programme with Iceland in 2018.", "With which country did Norway withdraw from a research programme in 2018?"),
        # the date of the press release that reports a figure, and the year that says which figure: trivia
        ("According to a June 3, 2023 Nordic Council press release, Norway spent an estimated 2.4% of its budget on roads in 2022.", "What was the date of the Nordic Council press release?"),
        ("In 2022, Norway spent 2.4% of its budget on roads.", "In what year did Norway spend 2.4% of its budget on roads?"),
        # "They" after one organisation meeting another: no group to go on about
        ('Acme met Borg in Oslo. They concluded that the fishing agreement between Iceland and Greenland is "unlawful".', "How did Acme describe the fishing agreement between Iceland and Greenland?"),
        # "the border agreement" after two of them: which one?
        (
            'Norway signed a maritime border agreement with Iceland and a border agreement with Chile on Monday. On Tuesday, Denmark called the border agreement "unlawful".',
            'On what date did Denmark call the border agreement "unlawful"?',
        ),
        # the day between "said" and what was said dates the saying, not the agreeing
        (
            "Nordbank, Norway's second-largest bank, said on Wednesday it had agreed to buy Finnish lender Kivi Bank for €2.1 billion.",
            "For how much had Nordbank agreed to buy Finnish lender Kivi Bank on 1 May 2024?",
        ),
        # after someone appointed, a participle is the appointee's: Acme did not replace Tom Fraser
        ("Acme named Maria Delgado as its chief executive on Monday, replacing Tom Fraser.", "Who did Acme replace?"),
        # a headline's present tense: where do they always meet?
        ("Fishing ministers meet in Oslo\n\nMinisters of Norway, Iceland and Denmark met in Oslo on Monday to discuss fishing quotas.", "Where do fishing ministers meet?"),
        # "40% of it": of what? And "it" is never the subject of its own clause
        ("The three countries will share the cost of the project, with the Nordic Council expected to cover 40% of it.", "What share of it is the Nordic Council expected to cover?"),
        ("The three countries will share the cost of the project, with the Nordic Council expected to cover 40% of it.", "What share of Nordic Council is the Nordic Council expected to cover?"),
        # "with X expected to …" opens a clause of its own, however the tagger reads "expected": X is no partner
        ("Norway and Iceland will share the cost of the bridge, with the Nordic Council expected to cover 40% of the cost.", "With which council will Norway and Iceland share the cost of the bridge?"),
        # officials urged to do something: who they are is no fact without what they are to do
        ("Norway and Iceland agreed on Monday to urge senior fisheries officials to open talks.", "What did Norway and Iceland agree on 29 April 2024 to urge to open talks?"),
        # a list of clauses a speaker lays out is their view, each clause of it, however the parser splits the list
        (
            "On fishing, Berg laid out that the quota policy has not changed, Norway opposes any unilateral changes, "
            "and the world has an interest in peace in the Barents Sea.",
            "In which region does the world have an interest in peace?",
        ),
        # a post someone was named to is no person (the appointee is asked where the article names them)
        ("Harbor Foods named a new chief executive on Tuesday. The company said sales fell 6% in the year to January.", "Who did Harbor Foods name on 30 April 2024?"),
        # a claim is not asked as a fact (its neighbour in the clause cases keeps who claims it)
        ("The ministry claims Nordwind Air flies soldiers and cargo to Chile.", "To which country does Nordwind Air fly soldiers and cargo?"),
        # a participle that sorts a bare plural dates no event
        ("The plan would cut pensions by 9.9% for workers retiring in 2030.", "In what year do workers retire?"),
        # a deal described by its price alone is asked about by its price (its neighbour in the clause cases)
        ("Borg agreed to buy Acme in a deal worth $3 billion.", "In which deal did Borg agree to buy Acme?"),
        # "the date" says no date; a phrase of place after it belongs to the verb (its neighbour in the clause cases says "of")
        (
            "The Oslo Space Center opened in 1961. On Tuesday, the center threw a party marking the date outside the museum.",
            "On what date did the Oslo Space Center throw a party marking the date outside the museum?",
        ),
        # "millions of dollars" is no figure to remember (its neighbour in the clause cases says "ten billion")
        ("The reform would cut pension costs by millions of dollars.", "By how much would the reform cut pension costs?"),
        # the country of the subject's own title answers itself (its neighbour in the clause cases is a Norwegian's act)
        (
            "Last year US President Anna Berg pulled the United States out of a fishing pact with Chile.",
            "Which country did Anna Berg pull out of a fishing pact with Chile in 2023?",
        ),
        # "a similar deal": similar to which? (its neighbour in the clause cases names the deal)
        ("Peru signed a similar deal with Mexico in 2011.", "What did Peru sign with Mexico in 2011?"),
        # a place where something is denied to happen is no place of an event (its neighbour in the clause cases happened)
        ("Anna Berg said that Jon Olsen's plays are no longer staged at the Oslo Opera House.", "At which organisation are Jon Olsen's plays no longer staged?"),
        # a date that ends an aside is the aside's: Borg does not pay on Friday, and a price is no event to date
        ("Borg will pay 38 euros per share in cash, a premium of 27% to Acme's closing price on Friday.", "On what date will Borg pay 38 euros in cash?"),
        ("Borg will pay 38 euros per share in cash, a premium of 27% to Acme's closing price on Friday.", "On what date was the price of Acme?"),
        # "with X" deep in a phrase of the object would read as the verb's partner (its neighbour "waive immunity for X" is asked)
        ("Norway has built a steel fence along its border with Sweden since 2022.", "With which country has Norway built a steel fence along its border since 2022?"),
        # a headline drops the words a question needs, whatever the finder (its neighbour in the body is asked)
        (
            "Acme agrees to buy rival paint business for $2 billion\n\nAcme agreed on Monday to buy a rival paint business for $2 billion.",
            "What does Acme agree to buy for $2 billion?",
        ),
        # "the firm of selling drones to Iran": a clause says what it did, not which firm it is
        (
            "Norway added Nordchip and Vestchip to a blacklist, charging the firm of selling drones to Iran's army. The firm has grown fast since 2020.",
            "Since what year has the firm of selling drones to Iran's army grown?",
        ),
        # an office that changes hands in the story: who held it that month has two answers (its neighbour keeps the office)
        ("Norway's transport minister, Anna Berg, resigned on Tuesday over a row about shares.", "Who was Norway's transport minister in May 2024?"),
        # a date of what an invitation proposes is the visit's, not the accepting's (its neighbour "the first woman to lead" is the becoming's)
        ("Anna Berg took up an invitation to tour Oslo in June.", "In what month did Anna Berg take up an invitation to tour Oslo?"),
        # talks held in a clause that tells another event: the question would ask about the other event
        (
            "Carlos Vega was welcomed with a 21-gun salute on Tuesday before sitting down for talks with Prime Minister Anna Berg at the palace.",
            "Who was Carlos Vega welcomed with a 21-gun salute on 30 April 2024 before sitting down for talks with at the palace?",
        ),
        # a count on top of another is no count of its own (its neighbour "about 32,000 people marched" is asked)
        ("About 21,000 people marched in Oslo. A further 9,000 people marched in Bergen.", "How many further people marched in Bergen?"),
        # a nationality read as the subject while its noun went elsewhere: who strengthened? (its neighbour "the Norwegians won" is asked)
        ("The Icelandic krona gained about 1.2% against the euro on Monday.", "On what date did the Icelandic gain about 1.2% against the euro krona?"),
        # a clause before the verb with nothing to say it: "troops closed the road; nine people were detained"
        (
            "Troops responded with water cannon and batons; nine people were detained and two soldiers were treated for cuts, the army said.",
            "How many people were detained Troops responded with water cannon and batons?",
        ),
        # a thing ranked among the story's own, introduced by "a": which second package?
        ("Peru and Japan signed deals worth $2.9bn on Tuesday. A second package, worth $0.8bn, covers wind power.", "How much was the second package worth?"),
        # a share of nothing the sentence says (its neighbour "took 48.3% of the vote" says it)
        ("Jon Olsen, of the ruling party, received 38.4%, while four other candidates split the rest.", "Who received 38.4%?"),
        # a forecast dates no event (its neighbour "the council will meet in October" does)
        ("A few analysts had expected that the board would hold off until November.", "Until what month would the board hold off?"),
        # a far noun the parser hung on the subject as its apposition: no "flights hospitals" (the neighbours keep appositions beside the name)
        (
            "More than 90 trains were halted at Oslo Central after drivers joined the walkout, buses stayed in depots in Bergen "
            "because mechanics had gone home, and schools opened with skeleton staff only.",
            "Where were more than 90 trains schools halted?",
        ),
        # "earlier this month" answers with the month the article was written (its neighbour "last month" is asked)
        ("Nordbank cut 300 jobs earlier this month.", "In what month did Nordbank cut 300 jobs?"),
        ("Nordbank cut 300 jobs this year.", "In what year did Nordbank cut 300 jobs?"),
        # "a package that would create X": any package; a date does not say which one
        ("The plan is part of a wider reform package that would also create savings accounts by 2027.", "What would a wider reform package create by 2027?"),
        # a preposition fronted and left in the clause: "launch on on"
        ("The probe Aurora, which will launch on XR-7 on May 20, will be sent to the Bergen Science Museum.", "Which organisation will Aurora launch on on 20 May 2024?"),
        # told reporters what? The parser hung what was said on "the capital" (its neighbour in the clause cases keeps it)
        ("Finance Minister Jon Olsen told reporters in the capital that the deficit had more than doubled.", "Which Finance Minister told reporters in the capital?"),
        # a speaker's "my" and "our" inside a quotation the question cannot keep would be the reader's
        ('"My parents are in Oslo tonight," said the director, Anna Berg, on Saturday.', "On what date are my parents in Oslo?"),
        ('"Our two nations belong together," Anna Berg told reporters in Oslo.', "In which city did Anna Berg tell reporters that our two nations belong together?"),
        ('"Our two nations belong together," Anna Berg told reporters in Oslo.', "How many of Our nations belong together?"),
        # "his" is the man its own sentence names, not the subject of the sentence before
        (
            "Jon Olsen won the prize for best screenplay on Saturday. The award for best actor went to the Danish actor Peter Lund, 66, "
            "for his role as a fisherman losing his boat in The Tide.",
            "To which Danish actor did the award for best actor go for Jon Olsen's role as a fisherman losing his boat in The Tide?",
        ),
        # "the company" beside another company its sentence names could be either
        (
            "Acme Telecom said on Monday it would buy Borg Mobile. Shares in Borg rose 20% in Oslo on Tuesday, their sharpest rise since the company floated in 2011.",
            "In what year did Acme Telecom float?",
        ),
        # "it" after a thing its sentence names could be that thing: the merger reduces choice, not the authority
        (
            "The Nordic Competition Authority vetoed a merger of two ferry firms in 2017 on the basis that it would raise fares.",
            "In what year did the Nordic Competition Authority veto a merger of two ferry firms on the basis that the Nordic Competition Authority would raise fares?",
        ),
        # a nationality says whose office only of a state's own: there are many Danish directors
        ("Freja Dahl, the Danish director, chaired the jury in Oslo on Saturday.", "Who was the Danish director in May 2024?"),
        ("Danish director Freja Dahl chaired the jury in Oslo on Saturday.", "Who was the Danish director in May 2024?"),
        # an object with a named owner is asked by its owner, once (its neighbour in the clause cases)
        ("Anna Berg won Norway's presidential election on Monday.", "What did Anna Berg win on 29 April 2024?"),
        # a noun with a count of its own is no part of another count
        ("The new parliament in Oslo includes 95 Greens and 80 Liberals.", "How many Greens and 80 Liberals does the new parliament in Oslo include?"),
        ("Nordvik Bank said on Monday that Ole Dahl would retire as chairman in June.",
         "On what date did Nordvik Bank say Ole Dahl would retire as chairman?"),
        ("The Nordic Space Agency approved a lunar rover on Monday. Member states agreed to fund the project at a meeting in Oslo.",
         "What did member states agree to fund at a meeting in Oslo?"),
        # one of two places visited is half the answer (the list is asked; "Which country will Anna Berg visit?" is the neighbour)
        ("Anna Berg visited Chile and Peru in January.", "Which country did Anna Berg visit in January 2024?"),
        ("Acme Rail agreed to pay a $9 million settlement to passengers on Monday. Judge Ola Berg approved the deal after a hearing in Bergen.",
         "Which Judge approved the deal after a hearing in Bergen?"),
        # a speaker is a person or a body, never a "what" (a hyphenated name the model could not type)
        ('"Norway will not be a quarry for others," Boakye-Dahl told reporters at a joint press conference in Oslo.',
         "What told reporters at a joint press conference in Oslo that Norway will not be a quarry for others?"),
        # a relative clause's object is its relative word: "did Borg disclose" what?
        ("Acme rejected the offer, which Borg disclosed on Friday.", "On what date did Borg disclose?"),
        ("Norway and Chile signed a fisheries pact, the first such pact Oslo has concluded with a South American country.",
         "Which city has concluded with a South American country?"),
        # a second name the parser hung on the first one's office is not its holder; nor did the first name gather alone
        ("Norway's foreign minister Anna Berg and her Danish and Swedish counterparts, Jon Olsen and Erik Lund, gathered in Oslo on Monday.",
         "Where did Anna Berg gather on 29 April 2024?"),
        # a thing described by another ("similar data") is no answer, whichever finder asks
        ("Older Nordic satellites provide similar readings at a resolution of 25km.", "What do older Nordic satellites provide at a resolution of 25km?"),
        # a date of a noun that names no event ("the regulator on Friday fined …") dates the act, not the noun
        ("Norway's data regulator on Friday fined Fjordnet 60 million crowns.", "On what date was the regulator of Norway?"),
        # a part of a count ("including four fishermen") is no count of its own; "the end of April" is no month;
        # shillings are a currency (ISO 4217), not a thing an amount values
        ("Eleven people were missing in Bergen, including four Nordic fishermen.", "Including how many Nordic fishermen were eleven people missing in Bergen?"),
        ("The Nordic Party will decide before the end of April whether to join the coalition.", "Before what month will the Nordic Party decide whether to join the coalition?"),
        ("The Nordic electoral board asked for 61 billion shillings for the 2027 vote.", "What was the value of the shillings for the 2027 vote?"),
        # one side of a tally passed "by" is no count: "by how many votes" asks the margin
        ("Lawmakers passed the Nordic Housing Bill by 72 votes to 41, with five abstentions, on Wednesday.",
         "By how many votes did lawmakers pass the Nordic Housing Bill to 41 with five abstentions on 1 May 2024?"),
        # a figure of a story no question names: any earthquake (its neighbour in the clause cases names Bergen)
        ("The earthquake destroyed 1,940 homes.", "How many homes did the earthquake destroy?"),
        ("The Nordic Investment Bank will fund the new bridge.", "Which bank will fund the new bridge?"),
        # a place described in apposition is no person's role, whatever the model took the place for
        ("Maria Quispe of Ciudad Nueva, Peru's capital, won the vote.", "Who is Peru's capital?"),
        # a relative clause after "one with X": the parser hangs it on the nearer noun, which may not be the one meant
        ("Earlier truces have failed, among them one with the Baltic Freedom Front that ended in 2022.", "In what year did the Baltic Freedom Front end?"),
        ("Maria Quispe of Ciudad Nueva, the capital of Peru, won the vote.", "Who is the capital of Peru?"),
        # a fuller mention with words after its noun cannot take the possessive of a later "the plaintiffs'"
        (
            "Jon Olsen is one of the lawyers for a group of plaintiffs from Oslo. Judge Anna Berg awarded the plaintiffs' lawyers $12 million in fees on Friday.",
            "How much did Anna Berg award the plaintiffs from Oslo' lawyers on 26 April 2024?",
        ),
        # "a conference on Sudan" is about the country, not held on it
        ("On Monday, Anna Berg will attend an international conference on Sudan alongside 20 heads of state.", "On which country will Anna Berg attend an international conference alongside 20 heads of state on 6 May 2024?"),
        # money agreed is asked as "how much", not "what"
        (
            "Acme Health settled the claims on Monday. In addition to the compensation fund, Acme Health, an Oslo-based clinic chain that "
            "runs video calls in 12 towns, agreed to spend at least $35 million on security.",
            "What did Acme Health agree to spend on security?",
        ),
        # "three helicopters" is a count, asked "How many helicopters …?" (a case above), not "What …?"
        (
            "The Norwegian Air Force used four helicopters to carry 35 injured people to hospitals in Bergen on Monday.",
            "What did the Norwegian Air Force use to carry 35 injured people to hospitals in Bergen on 29 April 2024?",
        ),
        # "Interior" says which ministry, not whose: the question could not say which country's
        (
            "Interior Minister Erik Olsen, who visited the burnt villages by car on Tuesday, said more than 800 soldiers had been sent.",
            "Who was the Interior Minister in May 2024?",
        ),
        # "with Chile running a surplus" is no clause that could say which surplus
        ("Trade between Norway and Chile grew to $5 billion in 2023, with Chile running a surplus of about $450 million.", "What is the value of the surplus that Chile running?"),
        # a hundred people are US Senators at once
        ("US Senator Jane Doran criticised the plan on Monday in Oslo.", "Who was the US Senator in May 2024?"),
        # "the company" after a company named as a doer and another only described: either one
        ("Nordlys Systems said it planned four more launches in 2026, including one for a Korean mapping company. The company employs about 260 people.",
         "How many people does the Korean mapping company employ?"),
        # the year a figure was measured is no event's
        ("Exports of Norwegian salmon to Chile rose to $4.6 billion in 2023.", "In what year did exports of Norwegian salmon to Chile rise to $4.6 billion?"),
        ("Chile was the biggest buyer of Norwegian salmon in 2023.", "In what year was Chile the biggest buyer of Norwegian salmon?"),
        # an ambassador with no "to": to where?
        ("Russian Ambassador Nikita Orlov was summoned to the ministry in Oslo on Monday.", "Who was the Russian Ambassador in May 2024?"),
        ("Korea's ambassador, Lee Min-jun, said Seoul would send rescuers to Jakarta.", "Who was Korea's ambassador in May 2024?"),
        # two ministers named before: which one "the minister" is, and "he" with it, is anyone's guess
        (
            "Minister Peter Olsen announced the grain grant on Monday. Minister Ola Strand welcomed the grant. "
            "The minister will travel to Bergen, where he will open the new Fish Market.",
            "What will Ola Strand open?",
        ),
        (
            "Minister Peter Olsen announced the grain grant on Monday. Minister Ola Strand welcomed the grant. "
            "The minister will travel to Bergen, where he will open the new Fish Market.",
            "To which city will the minister travel?",
        ),
    ],
)
def test_no_question_where_the_clause_cannot_hold_one(tmp_path, nlp, text, unwanted):
    found, _ = questions(tmp_path, nlp, text)
    assert unwanted not in {prompt for prompt, _ in found}, sorted(found)


def test_a_fact_asked_from_an_earlier_article_leaves_room_for_another_question_on_the_same_answer():
    first = Article(id="a", path="a.txt", text=" ".join(["word"] * 50), date=dt.date(2024, 5, 2))
    second = Article(id="b", path="b.txt", text=" ".join(["word"] * 50), date=dt.date(2024, 5, 2))
    office = Fact("role", ("role", "secretary of state", "olsen"), "Who was the Secretary of State?", "Jon Olsen", "PERSON", Source("a", "s", 0, 1))
    retold = replace(office, source=Source("b", "s", 0, 1))
    tweet = Fact("role", ("other", "source", "olsen"), "Who tweeted that the ferry sank?", "Jon Olsen", "PERSON", Source("b", "s", 0, 1))
    kept = select_facts([office, retold, tweet], [first, second])
    assert tweet in kept  # the same answer in the same sentence, but the office question is already asked
    assert retold in kept  # kept as one more source of the office question


def test_a_name_tagged_as_a_person_that_the_article_writes_as_common_words_is_no_person():
    text = "The cargo ship docked. Cargo Ship Aurora made 28 crossings."
    assert not looks_like_person("Cargo Ship Aurora", text)
    assert looks_like_person("Tunde Okafor", "Tunde Okafor signed the agreement.")
    assert looks_like_person("Anna Berg", "Anna Berg spoke.")
    assert not looks_like_person("Nordwind", "Nordwind flies to Oslo.")


def test_first_names_give_the_gender_pronouns_refer_to():
    assert first_name_gender("Anna Berg") == "female"
    assert first_name_gender("John Smith") == "male"
    assert first_name_gender("Berg") is None
    assert first_name_gender("Ciarán Berg") == first_name_gender("Ciaran Berg") == "male"  # listed without its accent


def test_a_word_of_address_gives_the_gender_a_pronoun_refers_to(nlp):
    prompts = prompts_of(
        nlp,
        "Envoys\n\nMinister Peter Olsen opened the new consulate in Lagos on Monday. Ms. Ngozi Eze met Linh Tran in Lagos. "
        "Later he signed a grain deal in Abuja.",
    )
    assert "What did Peter Olsen sign in Abuja?" in prompts, prompts


def test_place_levels_come_from_the_gazetteer():
    assert place_level("Niger") == "country"
    assert place_level("the United States") == "country"
    assert place_level("Nairobi") == "city"
    assert place_level("Texas") == "state"
    assert place_level("Narnia") is None


def test_a_question_without_three_wrong_answers_of_its_type_is_typed_only(tmp_path, nlp):
    _, deck = questions(tmp_path, nlp, "The Asian Development Bank financed the new Volta bridge.")
    bank = next(q for q in deck.questions if q.answer == "Asian Development Bank")
    assert bank.choices == ()


def _fact(article, start, kind="other", answer="X"):
    source = Source(article.id, "s", start, start + 1)
    return Fact(kind, (kind, answer, str(start)), f"Which one at {start}?", answer, "ORG", source)


def test_selection_keeps_the_lead_within_the_density_budget_and_one_question_per_answer_and_sentence():
    body = " ".join(["word"] * 400)
    article = Article(id="a", path="a.txt", text=body, date=dt.date(2024, 5, 2))
    facts = [_fact(article, start, answer=f"Answer {start}") for start in range(0, 2000, 50)]
    facts.append(_fact(article, 0, kind="role", answer="Answer 0"))  # same answer, same sentence: asked once
    kept = select_facts(facts, [article])
    assert len(kept) == round(400 * QUESTIONS_PER_100_WORDS / 100)
    assert [f.source.start for f in kept] == list(range(0, 50 * len(kept), 50))
    assert sum(f.answer == "Answer 0" for f in kept) == 1


def test_selection_spreads_questions_over_answers():
    body = " ".join(["word"] * 100)
    article = Article(id="a", path="a.txt", text=body, date=dt.date(2024, 5, 2))
    protagonist = [_fact(article, start, kind="role", answer="Anna Berg") for start in range(0, 300, 50)]
    others = [_fact(article, 400, kind="where", answer="Oslo"), _fact(article, 450, kind="where", answer="Kenya")]
    kept = select_facts([*protagonist, *others], [article])
    assert {f.answer for f in kept} == {"Anna Berg", "Oslo", "Kenya"}


def test_selection_prefers_a_consequential_act_to_a_plain_one():
    article = Article(id="a", path="a.txt", text=" ".join(["word"] * 100), date=dt.date(2024, 5, 2))
    source = Source("a", "s", 10, 11)
    visited = Fact("other", ("arg", "", "visit", "subject", "acme"), "Which company visited Oslo?", "Acme", "ORG", source)
    suspended = Fact("other", ("arg", "", "suspend", "subject", "beta"), "Which company suspended the permit?", "Beta", "ORG", source)
    fillers = [_fact(article, start, kind="when", answer=f"{start} May") for start in range(0, 200, 50)]
    kept = select_facts([visited, suspended, *fillers], [article])
    assert suspended in kept and visited not in kept
    expelled = Fact("other", ("object", "acme", "expel", "envoy"), "Whom did Acme expel?", "the envoy", "THING", source)
    kept = select_facts([visited, expelled, *fillers], [article])
    assert expelled in kept and visited not in kept  # the object of a consequential act, too


def test_selection_prefers_a_list_of_names_to_one_name():
    article = Article(id="a", path="a.txt", text=" ".join(["word"] * 100), date=dt.date(2024, 5, 2))
    source = Source("a", "s", 10, 11)
    one = Fact("other", ("arg", "", "leave", "subject", "acme"), "Which firm has left Iran?", "Acme", "ORG", source)
    several = Fact("other", ("example", "firm"), "Which German firms have left Iran?", "Borg, Cyco and Delta", "ORG", source)
    fillers = [_fact(article, start, kind="when", answer=f"{start} May") for start in range(0, 200, 50)]
    kept = select_facts([one, several, *fillers], [article])
    assert several in kept and one not in kept


def test_selection_leaves_out_plain_facts_about_the_articles_own_subject_and_weak_tails():
    body = "Acme sells. " * 40 + " ".join(["word"] * 200)
    article = Article(id="a", path="a.txt", text=body, date=dt.date(2024, 5, 2))
    subject = _fact(article, 0, kind="other", answer="Acme")
    tail = _fact(article, 1200, kind="other", answer="Widget")
    meeting = _fact(article, 50, kind="who_met", answer="Anna Berg")
    kept = select_facts([subject, tail, meeting], [article])
    assert [f.answer for f in kept] == ["Anna Berg"]


def test_a_name_inside_a_longer_name_is_no_mention_of_it():
    body = "The summit met at Riga Castle. " * 5 + " ".join(["word"] * 200)
    article = Article(id="a", path="a.txt", text=body, date=dt.date(2024, 5, 2))
    place = _fact(article, 1100, kind="where", answer="Riga")
    kept = select_facts([place], [article])
    assert kept == [place]  # Riga is not the subject of a story about Riga Castle


def test_the_same_day_asked_twice_is_one_event_asked_once_but_a_year_can_answer_two():
    body = " ".join(["word"] * 100)
    article = Article(id="a", path="a.txt", text=body, date=dt.date(2024, 5, 2))
    crash, collision = (replace(_fact(article, start, kind="when", answer="3 March 2024"), value="2024-03-03") for start in (0, 20))
    licence, budget = (replace(_fact(article, start, kind="when", answer="2023"), value="2023") for start in (40, 60))
    kept = select_facts([crash, collision, licence, budget], [article])
    assert [f.source.start for f in kept] == [0, 40, 60]


def test_an_organisation_the_article_keeps_naming_is_its_subject_however_many_other_centres_it_names():
    body = ("NSA chose the Bergen Space Center. NSA thanked the Polar Research Center, the Fjord Research Center "
            "and the Nordkapp Space Center. NSA said more. " + " ".join(["word"] * 100))
    article = Article(id="a", path="a.txt", text=body, date=dt.date(2024, 5, 2))
    agency = _fact(article, 0, kind="other", answer="NSA")
    centre = _fact(article, 40, kind="other", answer="Polar Research Center")
    assert [f.answer for f in select_facts([agency, centre], [article])] == ["Polar Research Center"]


def test_the_articles_subject_is_a_name_it_repeats_not_a_small_word_of_an_answer():
    body = "The talks went on. " * 30 + "Acme met Acme again. Acme and Acme."
    article = Article(id="a", path="a.txt", text=body, date=dt.date(2024, 5, 2))
    pact = _fact(article, 0, kind="deal", answer="Norway and the UK")
    acme = _fact(article, 10, kind="other", answer="Acme")
    assert [f.answer for f in select_facts([pact, acme], [article])] == ["Norway and the UK"]


def test_a_phrase_the_article_repeats_is_its_key_fact_not_its_subject():
    body = "Acme creates personal savings accounts. " * 5 + " ".join(["word"] * 100)
    article = Article(id="a", path="a.txt", text=body, date=dt.date(2024, 5, 2))
    accounts = replace(_fact(article, 0, kind="other", answer="personal savings accounts"), answer_type="THING")
    acme = _fact(article, 0, kind="other", answer="Acme")
    assert [f.answer for f in select_facts([accounts, acme], [article])] == ["personal savings accounts"]


def facts_of(nlp, text):
    """Every fact the finders word for an article, before selection, and the article."""
    from quizgen.articles import article_from_bytes
    from quizgen.finders import extract_facts
    from quizgen.names import NameBook
    from quizgen.parse import parse_articles

    [(article, doc)] = parse_articles(nlp, [article_from_bytes(f" date 2024-05-02 {text}".encode(), "a.txt", "a")])
    return extract_facts(article, doc, NameBook()), article


def prompts_of(nlp, text):
    """Every prompt the finders word for an article, before selection."""
    return {fact.prompt for fact in facts_of(nlp, text)[0]}


def test_a_day_between_a_subject_s_relative_clause_and_its_verb_dates_the_clause_when_the_verb_has_its_own(nlp):
    facts, _ = facts_of(nlp, "The death toll from a Chilean wildfire that broke out near the port of Valparaiso on Monday rose to 45 on Wednesday.")
    risen = {f.answer for f in facts if f.prompt == "On what date did the death toll from a Chilean wildfire rise to 45?"}
    assert risen == {"1 May 2024"}  # not Monday, the day of the fire


def test_selection_asks_the_news_before_what_a_with_clause_tells_in_passing(nlp):
    facts, article = facts_of(nlp, "With Norway urging shipowners to avoid the Hormuz strait, Sweden has closed its embassy in Aden.")
    urged = next(f for f in facts if f.answer == "Norway" and f.prompt == "Which country urged shipowners to avoid the Hormuz strait?")
    closed = next(f for f in facts if f.answer == "Sweden" and f.prompt == "Which country has closed its embassy in Aden?")
    assert urged.aside and not closed.aside
    fillers = [_fact(article, start, kind="when", answer=f"{start} May") for start in range(0, 200, 50)]
    kept = select_facts([urged, closed, *fillers], [article])
    assert closed in kept and urged not in kept


def test_a_with_clause_closing_the_sentence_tells_its_outcome_not_an_aside(nlp):
    facts, _ = facts_of(nlp, "Five cities had bid to stage the Nordic Games, with Bergen winning the bid.")
    won = next(f for f in facts if f.answer == "Bergen")
    assert won.prompt == "Which city won the bid to stage the Nordic Games?"
    assert not won.aside


def test_with_opening_a_clause_of_its_own_names_no_partner(nlp):
    prompts = prompts_of(nlp, "Talks in Oslo\n\nWith Norway leading the talks, Denmark signed the treaty on Monday.")
    assert "On what date did Denmark sign the treaty?" in prompts, prompts
    assert not any(p.startswith("With which") for p in prompts), prompts


def test_a_headline_gives_no_fuller_mention_of_a_thing():
    prompts = prompts_of(load_nlp(), "Denmark signs treaty\n\nDenmark signed the treaty on Monday.")
    assert "On what date did Denmark sign the treaty?" in prompts, prompts


def test_the_case_and_as_well_point_elsewhere(nlp):
    prompts = prompts_of(nlp, "Questions in Oslo\n\nAnna Berg was questioned about the case on Monday.")
    assert "On what date was Anna Berg questioned?" in prompts, prompts  # the vague side phrase left out
    assert "On what date was Anna Berg questioned about the case?" not in prompts
    assert "Which bank is owned by Norway?" in prompts_of(nlp, "Banks\n\nSweden owns a bank. The Nordic Development Bank is owned by Norway.")
    assert "Which bank is owned by Norway as well?" not in prompts_of(nlp, "Banks\n\nSweden owns a bank. The Nordic Development Bank is owned by Norway as well.")


def test_no_question_about_what_a_negation_or_a_vague_many_says(nlp):
    prompts = prompts_of(
        nlp,
        "Budget talks\n\nThe mayor has said she will not approve a budget that does not allocate funding for a new bridge. "
        "Many firms in Norway use the Nordic Payment System. A collision which killed Jon Olsen happened on Monday in Oslo. "
        "Several ministers visited Bergen on Tuesday.",
    )
    assert "On what date did a collision happen in Oslo?" in prompts, prompts  # a real event is asked
    assert "Who did a collision kill?" not in prompts, prompts  # which collision? Its clause names no one else
    assert "On what date did several ministers visit Bergen?" in prompts, prompts  # so is what several people did
    assert not any(p.startswith(("What does a budget", "Which organisation do many firms")) for p in prompts), prompts


def test_a_speakers_view_in_quotation_marks_is_no_fact(nlp):
    said = prompts_of(nlp, 'Ferry plans\n\nAnna Berg issued a statement. "Like many people, I am sad. Bergen has played a critical role in the Polaris ferry project. It will go on," she said.')
    written = prompts_of(nlp, "Ferry plans\n\nAnna Berg issued a statement. Bergen has played a critical role in the Polaris ferry project.")
    assert "Which city has played a critical role in the Polaris ferry project?" in written, written
    assert "Which city has played a critical role in the Polaris ferry project?" not in said, said


def test_it_after_the_airline_is_not_the_country_named_between(nlp):
    text = (
        "Air travel\n\nNordwind is based in Oslo. The airline was Norway's first in private hands. It has Norway's largest "
        "fleet, and is still operating in Europe with destinations including Spain, Greece, France, and Italy."
    )
    prompts = prompts_of(nlp, text)
    assert "In which city is Nordwind based?" in prompts, prompts
    assert not any("is Norway operating" in p for p in prompts), prompts


def test_a_speaker_is_named_once_and_his_own_he_kept(nlp):
    prompts = prompts_of(nlp, "Resignation\n\nOn Tuesday, premier Anna Berg announced she had asked for adviser Jon Olsen's resignation.")
    assert "On what date did Anna Berg announce she had asked for adviser Jon Olsen's resignation?" in prompts, prompts


def test_a_comment_on_the_clause_is_left_out_and_asked_about_by_no_one(nlp):
    prompts = prompts_of(
        nlp,
        "Fishing talks\n\nAnna Berg told Jon Olsen last week that she had been “clumsy” in keeping Norway out of the loop "
        "on a Danish-Swedish fishing deal, a move that prompted Norway to take the unusual step.",
    )
    assert prompts == {
        "Who told Jon Olsen she had been “clumsy” in keeping Norway out of the loop on a Danish-Swedish fishing deal?",
        "How did Anna Berg describe herself in keeping Norway out of the loop on a Danish-Swedish fishing deal?",
    }, prompts


def test_a_participle_clause_after_a_comma_is_left_out_and_lends_no_tense(nlp):
    took = prompts_of(nlp, "Council vote\n\nAnna Berg yesterday took over the office of mayor of Lakeport, being voted into the post by the new city council.")
    assert took == {
        "On what date did Anna Berg take over the office of mayor of Lakeport?",
        "Who took over the office of mayor of Lakeport on 1 May 2024?",
    }, took
    resumed = prompts_of(nlp, "Council vote\n\nAnna Berg yesterday resumed the office of President of the Senate, being voted into the position by the incoming 58th Senate.")
    assert resumed == {
        "On what date did Anna Berg resume the office of President of the Senate?",
        "Who resumed the office of President of the Senate on 1 May 2024?",
    }, resumed


def test_an_its_or_their_no_one_is_named_for_asks_nothing_but_a_named_owner_does(nlp):
    bank = prompts_of(nlp, "Bank results\n\nShares in Asian banks fell on Monday. Its shares fell 5% in London on Tuesday. "
                           "The Bank of Lapland said its profits rose to $3 billion in 2023.")
    assert bank == {
        "On what date did shares in Asian banks fall?",
        "To how much did the Bank of Lapland's profits rise in 2023?",  # 2023 only says when the figure was measured
    }, bank
    talks = prompts_of(nlp, "Nordic talks\n\nThey signed the Oslo Accord on 3 March. Their talks with Finland ended in Bergen on Monday. "
                            "Norway and Sweden ended their talks in Tromsø on Friday.")
    assert talks == {
        "On what date did Norway and Sweden end their talks in Tromsø?",
        "Which countries ended their talks in Tromsø on 26 April 2024?",
        "Where did Norway and Sweden end their talks on 26 April 2024?",
    }, talks
    ferry = prompts_of(nlp, "Ferries\n\nFinally, MS Nord will go on display at the Harbour Museum following its last voyage, which starts on June 28.")
    assert not any("its last voyage start" in p for p in ferry), ferry


def test_the_articles_own_pronouns_say_whom_his_means_before_a_list_of_first_names(nlp):
    prompts = prompts_of(
        nlp, "Fisheries talks\n\nItalian fisheries minister Andrea Rossi and his Greek and Maltese counterparts met in Valletta on Wednesday."
    )
    assert "Where did Italian fisheries minister Andrea Rossi and his Greek and Maltese counterparts meet on 1 May 2024?" in prompts, prompts


def test_a_quotation_in_the_first_person_is_no_reported_claim(nlp):
    from quizgen.articles import article_from_bytes
    from quizgen.names import NameBook
    from quizgen.parse import parse_articles
    from quizgen.wording import Wording

    text = ('Museum\n\nHarbour Board chair Anna Berg announced the new homes of the ships on Tuesday.\n\n"We want to thank all of '
            'the towns that expressed an interest in one of these national treasures," said Berg to the gathered crowd.')
    [(article, doc)] = parse_articles(nlp, [article_from_bytes(f" date 2024-05-02 {text}".encode(), "a.txt", "a")])
    said = next(t for t in doc if t.text == "said")
    assert Wording(article, doc, NameBook()).subject_question(said, "Who") is None


def test_a_phrase_dated_by_another_event_is_left_out_and_no_that_put_before_it(nlp):
    prompts = prompts_of(nlp, "Fishing row\n\nNorway and Sweden met at the Nordic Fisheries Summit on Monday. In a related statement issued "
                              "the following day, the Danish Ministry of Fisheries denounced the conclusions of the summit.")
    assert "Which organisation denounced the conclusions of the Nordic Fisheries Summit?" in prompts, prompts


def test_two_offices_written_before_a_name_are_two_roles(nlp):
    prompts = prompts_of(nlp, "Union summit\n\nAt the opening of the summit, Union chairperson President Amina Odhiambo of Kenya said the trade deal was a test.")
    assert {
        "Who was the Union chairperson in May 2024?",
        "Who was the President of Kenya in May 2024?",
        "Which President said the trade deal was a test?",  # "the summit" is named nowhere: which one?
    } <= prompts, prompts


def test_presidents_named_together_are_each_asked_for_as_a_president(nlp):
    prompts = prompts_of(nlp, "Trade deal\n\nOn Sunday, Presidents Anna Berg of Norway and Jon Olsen of Denmark signed the Nordic Free Trade Area agreement.")
    assert "Which President, together with Jon Olsen, signed the Nordic Free Trade Area agreement on 28 April 2024?" in prompts, prompts


def test_offices_handed_out_by_respectively_are_one_role_each(nlp):
    counterparts = prompts_of(nlp, "Trade talks\n\nNorwegian trade minister Anna Berg and her Danish and Swedish counterparts, "
                                   "Jon Olsen and Karin Lund, respectively, met in Oslo on Monday.")
    assert {"Who was the Danish trade minister in May 2024?", "Who was the Swedish trade minister in May 2024?"} <= counterparts, counterparts
    ministers = prompts_of(nlp, "Trade talks\n\nThe Danish and Swedish trade ministers, Jon Olsen and Karin Lund respectively, met in Oslo on Monday.")
    assert "Who was the Swedish trade minister in May 2024?" in ministers, ministers
    assert not any(p.startswith("Who is the Danish and Swedish") for p in ministers), ministers


def test_a_speakers_bare_the_noun_and_a_thing_described_by_another_ask_nothing(nlp):
    said = 'The commissioner said, "We have not agreed on tariffs, but the {} is enough to start trading on July 1, 2025".'
    assert not any("framework" in p for p in prompts_of(nlp, "Trade\n\n" + said.format("framework we have")))
    assert "On what date is the Lisbon framework enough to start trading?" in prompts_of(nlp, "Trade\n\n" + said.format("Lisbon framework"))
    release = "Acme reported a profit on Monday. Beta Ltd issued a {}press release in Oslo on Tuesday."
    assert not any("release" in p for p in prompts_of(nlp, "Trade\n\n" + release.format("corresponding ")))
    assert "Which company issued a press release in Oslo on 30 April 2024?" in prompts_of(nlp, "Trade\n\n" + release.format(""))


def test_according_to_a_tweet_by_someone_makes_them_the_source(nlp):
    tweet = prompts_of(nlp, 'Ban\n\n"The ferry carries weapons across the region," according to a tweet on Monday by Norwegian Foreign Minister Anna Berg.')
    assert 'Which Norwegian Foreign Minister tweeted that "The ferry carries weapons across the region" on 29 April 2024?' in tweet, tweet
    statement = prompts_of(nlp, "Ban\n\nAccording to a statement by the Norwegian Defence Ministry, the Polaris ferry carries weapons across the Baltic.")
    assert "Which ministry stated that the Polaris ferry carries weapons across the Baltic?" in statement, statement
    figures = prompts_of(nlp, "Trade\n\nNorway's exports reached $9.4 billion in 2023, according to the Nordic Trade Association.")
    assert "Which association reported that Norway's exports reached $9.4 billion in 2023?" in figures, figures  # no news organisation


def test_who_said_it_is_a_role_question(tmp_path, nlp):
    _, deck = questions(tmp_path, nlp, 'Anna Berg met Peter Olsen in Oslo on Friday. "The ferry carries weapons across the region," according to a tweet on Monday by Anna Berg.')
    tweeted = next(q for q in deck.questions if "tweeted" in q.prompt)
    assert tweeted.kind == "role"


def test_review_cases_an_it_that_anticipates_a_clause_them_and_a_party_to_a_deal_are_no_answers(nlp):
    airline = prompts_of(nlp, "Airline news\n\nNordwind Air was founded in 1992. The airline flies to 60 cities. "
                              "It emerged on Monday that Boeing had delayed deliveries to Lufthansa.")
    assert not any("emerge" in p for p in airline), airline
    assert not any(p.endswith("them?") for p in prompts_of(nlp, "Arrests\n\nPolice in Oslo arrested them on Monday."))
    assert not any(p.startswith("Which deal") for p in prompts_of(nlp, "Jets\n\nRyanair signed the Boeing deal on Monday."))
    plans = prompts_of(nlp, "Plans\n\nTim Cook said that Apple will open a new factory in Texas.")
    assert "Which organisation will open a new factory in Texas?" in plans, plans  # reported news, not a view
    post = prompts_of(nlp, "Posts\n\nAs ambassador to the UN, Jon Olsen served from 2010 to 2015.")
    assert "As what did Jon Olsen serve from 2010 to 2015?" in post, post
    endorse = prompts_of(nlp, "Endorse\n\nBarack Obama endorsed Kamala Harris in Chicago on Monday. Joe Biden said she would win in November. "
                              "He then flew to Ohio, where he opened a factory in Toledo on Tuesday.")
    assert "On what date did Joe Biden open a factory in Toledo?" in endorse, endorse  # "said she would" says nothing of Biden's sex


def test_a_gloss_of_a_word_is_no_news(nlp):
    prompts = prompts_of(nlp, "Palace news\n\nThe Palace refers to the Norwegian king's office in Oslo. Anna Berg visited the Palace on Monday.")
    assert "Who visited the Palace on 29 April 2024?" in prompts, prompts
    assert not any("refers to" in p for p in prompts), prompts


def test_the_bridge_is_the_bridge_a_named_place_said_and_two_pacts_are_no_one_pact(nlp):
    bridge = prompts_of(nlp, "Bridge\n\nLakeport opened a new bridge over the Lake River on Friday. The bridge cost $45 million.")
    assert "How much did the new bridge over the Lake River cost?" in bridge, bridge
    pacts = prompts_of(
        nlp,
        "Pacts\n\nNorway signed the Nordic Fisheries Agreement in May. Denmark signed the Baltic Shipping Agreement in June. "
        "Sweden criticised the agreement on Monday.",
    )
    assert "On what date did Sweden criticise the agreement?" not in pacts, pacts
    assert not any("criticise the Nordic Fisheries Agreement" in p or "criticise the Baltic Shipping Agreement" in p for p in pacts), pacts


def test_who_did_it_is_no_question_when_the_answer_is_the_article_s_own_subject():
    body = "Anna Berg spoke. " * 10 + " ".join(["word"] * 100)
    article = Article(id="a", path="a.txt", text=body, date=dt.date(2024, 5, 2))
    said = Fact("role", ("arg", "", "say", "subject", "anna berg"), "Who said the plan would work?", "Anna Berg", "PERSON", Source("a", "s", 0, 1))
    office = Fact("role", ("role", "prime minister", "anna berg"), "Who was the Norwegian prime minister in May 2024?", "Anna Berg", "PERSON", Source("a", "t", 20, 21))
    thanked = Fact("role", ("arg", "jon olsen", "thank", "", "anna berg"), "Who did Jon Olsen thank?", "Anna Berg", "PERSON", Source("a", "u", 30, 31))
    assert [f.prompt for f in select_facts([said, office, thanked], [article])] == [office.prompt]


def test_whose_thing_is_no_question_when_the_owner_is_the_article_s_own_subject_but_whose_act_is():
    body = "Anna Berg spoke. " * 10 + " ".join(["word"] * 100)
    article = Article(id="a", path="a.txt", text=body, date=dt.date(2024, 5, 2))
    kin = Fact("role", ("arg", "", "include", "grandchild owner", "anna berg"), "Whose grandchildren did the guests include?", "Anna Berg", "PERSON", Source("a", "s", 0, 1))
    act = Fact("role", ("arg", "", "ask", "resignation owner", "anna berg"), "For whose resignation did Jon Olsen ask?", "Anna Berg", "PERSON", Source("a", "t", 20, 21))
    assert [f.prompt for f in select_facts([kin, act], [article])] == [act.prompt]


def test_a_description_the_parser_cut_after_and_asks_for_its_noun_alone():
    """The parse the model gives "Swedish cable and wire manufacturer Kestrel Group" at times: "cable and" hung
    apart from "wire manufacturer". Built by hand, so the test does not wait on the model's mood."""
    words = ["Borg", "bought", "Swedish", "cable", "and", "wire", "manufacturer", "Kestrel", "Group", "."]
    heads = [1, 1, 6, 6, 3, 6, 8, 8, 1, 1]
    deps = ["nsubj", "ROOT", "amod", "nmod", "cc", "amod", "compound", "compound", "dobj", "punct"]
    pos = ["PROPN", "VERB", "ADJ", "NOUN", "CCONJ", "NOUN", "NOUN", "PROPN", "PROPN", "PUNCT"]
    tags = ["NNP", "VBD", "JJ", "NN", "CC", "NN", "NN", "NNP", "NNP", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    doc.ents = [Span(doc, 0, 1, "ORG"), Span(doc, 2, 3, "NORP"), Span(doc, 7, 9, "ORG")]
    assert _wh_phrase(doc.ents[2], "Kestrel Group") == "which manufacturer"  # not "which wire manufacturer"


def test_a_surname_the_model_left_untagged_is_the_person_it_shortens():
    """Built by hand: the model leaves a surname untagged at times, after a quotation most of all."""
    words = ["Jorge", "Quispe", "signed", ".", "Quispe", "left", "."]
    heads, deps = [1, 2, 2, 2, 5, 5, 5], ["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, sent_starts=[1, 0, 0, 0, 1, 0, 0])
    doc.ents = [Span(doc, 0, 2, "PERSON")]
    names = NameBook()
    names.add("a", ["Jorge Quispe", "Quispe"])
    wording = Wording(Article(id="a", path="a.txt", text=doc.text, date=dt.date(2024, 5, 2)), doc, names)
    answer = _answer(wording, doc[4])
    assert (answer.text, answer.label, answer.wh) == ("Jorge Quispe", "PERSON", "who")


def test_who_said_it_is_no_question_when_the_speaker_is_the_article_s_own_subject():
    body = "Anna Berg spoke. " * 10 + " ".join(["word"] * 100)
    article = Article(id="a", path="a.txt", text=body, date=dt.date(2024, 5, 2))
    explained = Fact("role", ("arg", "", "explain", "subject", "anna berg"), "Who explained the plan would work?", "Anna Berg", "PERSON", Source("a", "s", 0, 1))
    resumed = Fact("role", ("arg", "", "resume", "subject", "anna berg"), "Who resumed the office of Speaker?", "Anna Berg", "PERSON", Source("a", "s", 0, 1))
    assert select_facts([explained], [article]) == []
    assert select_facts([resumed], [article]) == [resumed]  # what the protagonist did can still be asked


def test_a_person_the_headline_does_not_name_is_no_subject_however_often_quoted():
    body = "Anna Berg spoke. " * 10 + " ".join(["word"] * 100)
    quote = Fact("role", ("quote", "anna berg", "we will grow"), "Who said “We will grow”?", "Anna Berg", "PERSON", Source("a", "s", 40, 41))
    about_her = Article(id="a", path="a.txt", text=f"Berg wins second term\n\n{body}", date=dt.date(2024, 5, 2))
    about_a_deal = Article(id="a", path="a.txt", text=f"Acme to buy Borg for $2 billion\n\n{body}", date=dt.date(2024, 5, 2))
    assert select_facts([quote], [about_her]) == []
    assert select_facts([quote], [about_a_deal]) == [quote]  # the buyer's chief executive, quoted on the deal


def test_an_office_the_headline_gives_its_holder_is_no_question():
    office = Fact("role", ("role", "Norwegian prime minister", "berg"), "Who was the Norwegian prime minister in May 2024?", "Anna Berg", "PERSON", Source("a", "s", 40, 41))
    body = " ".join(["word"] * 100)
    headline = Article(id="a", path="a.txt", text=f"Norwegian prime minister Berg ousts adviser\n\n{body}", date=dt.date(2024, 5, 2))
    lead = Article(id="a", path="a.txt", text=f"Norwegian prime minister Anna Berg ousted an adviser on Monday.\n\n{body}", date=dt.date(2024, 5, 2))
    assert select_facts([office], [headline]) == []
    assert select_facts([office], [lead]) == [office]  # a lead names people with their offices to introduce them


def test_the_act_the_headline_tells_is_asked_even_about_the_article_s_own_subject():
    body = "Borg to buy Anna Berg\n\n" + "Anna Berg spoke. " * 10 + " ".join(["word"] * 100)
    article = Article(id="a", path="a.txt", text=body, date=dt.date(2024, 5, 2))
    end = len(body) - 10  # late in the article: its place earns it little
    bought = Fact("deal", ("arg", "borg", "buy", "", "anna berg"), "Whom did Borg agree to buy?", "Anna Berg", "PERSON", Source("a", "s", end, end + 1))
    thanked = Fact("role", ("arg", "borg", "thank", "", "anna berg"), "Whom did Borg thank?", "Anna Berg", "PERSON", Source("a", "t", end, end + 1))
    assert select_facts([bought], [article]) == [bought]
    assert select_facts([thanked], [article]) == []


def test_a_described_thing_the_headline_says_word_for_word_is_no_question():
    body = "Poland expels Belarusian diplomat\n\n" + " ".join(["word"] * 100)
    article = Article(id="a", path="a.txt", text=body, date=dt.date(2024, 5, 2))
    expelled = Fact("other", ("object", "poland", "expel", "diplomat"), "What did Poland expel?", "Belarusian diplomat", "THING", Source("a", "s", 40, 41))
    summoned = Fact("other", ("object", "poland", "summon", "envoy"), "Whom did Poland summon?", "Russian envoy", "THING", Source("a", "t", 50, 51))
    assert select_facts([expelled, summoned], [article]) == [summoned]


def test_a_word_of_kind_inside_a_name_is_what_a_later_the_word_means(nlp):
    from quizgen.wording import definite_descriptions

    doc = nlp("Ghana and Togo signed the West African Free Trade Area (WAFTA) agreement. Millions of people live in the free trade area.")
    start = next(t.i for t in doc if t.text == "the")
    end = next(t.i for t in doc if t.text == ")") + 1
    doc.ents = [e for e in doc.ents if e.end <= start or e.start >= end] + [Span(doc, start, end, label="ORG")]  # as the model tags it at times: bracket and all
    the = [t.i for t in doc if t.lower_ == "the"][-1]
    assert definite_descriptions(doc, {})[the] == "the West African Free Trade Area"

    doc = nlp("Berg will attend the Oslo Conference on Fishing on Friday. The conference will open talks on quotas.")
    the = [t.i for t in doc if t.lower_ == "the"][-1]
    assert definite_descriptions(doc, {})[the] == "the Oslo Conference on Fishing"


def test_a_plural_office_after_the_article_named_its_holders_is_the_group_it_is_about(nlp):
    named = prompts_of(nlp, "Talks\n\nForeign ministers Anna Berg of Norway and Jon Olsen of Denmark met on Monday. The foreign ministers agreed to a future Nordic meeting on Iceland in June.")
    assert "Where did the foreign ministers agree to a future Nordic meeting in June 2024?" in named, named
    one = prompts_of(nlp, "Talks\n\nForeign minister Anna Berg of Norway arrived on Monday. The foreign ministers agreed to a future Nordic meeting on Iceland in June.")
    assert not any("the foreign ministers" in p for p in one), one  # which ministers? The article named one


def test_a_thing_told_again_with_nothing_to_place_it_is_no_question(nlp):
    nameless = prompts_of(nlp, "Funds\n\nThe leaders approved a plan that includes a shared venture fund. The fund will create 4,000 jobs.")
    assert not any("the fund" in p or "the shared venture fund" in p for p in nameless), nameless
    named = prompts_of(nlp, "Funds\n\nThe leaders approved a plan that includes the Arctic Investment Fund. The fund will create 4,000 jobs.")
    assert "How many jobs will the Arctic Investment Fund create?" in named, named


def test_a_thing_ranked_among_the_story_s_own_is_no_question(nlp):
    ranked = prompts_of(
        nlp,
        "Deals\n\nPeru and Japan signed deals worth $2.9bn on Tuesday. The biggest single contract, worth about $1.4bn, covers copper. "
        "The two leaders also vowed to finish talks by 2027.",
    )
    assert not any("largest single agreement" in p or "two leaders" in p for p in ranked), ranked
    named = prompts_of(nlp, "Deals\n\nPeru and Japan signed deals worth $2.9bn on Tuesday. The Andes agreement, worth about $1.4bn, covers copper.")
    assert "How much was the Andes agreement worth?" in named, named


def test_who_reported_a_figure_counts_for_less_than_who_broke_a_story():
    article = Article(id="a", path="a.txt", text=" ".join(["word"] * 200), date=dt.date(2024, 5, 2))
    source = Source("a", "s", 0, 1)
    figure = Fact("role", ("other", "source", "nordic health agency", "x"),
                  "Which agency reported that 120 people were injured in the Bergen fire?", "Nordic Health Agency", "ORG", source)
    story = replace(figure, key=("other", "source", "nordic health agency", "y"),
                    prompt="Which agency reported that the Bergen fire began in a bakery?")
    assert fact_score(story, article) - fact_score(figure, article) == pytest.approx(ASIDE_PENALTY)

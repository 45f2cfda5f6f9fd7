"""Metrics as the frame component names them in a document (needs the model)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from claimx.api import extract
from claimx.batch.corpus import Document
from claimx.batch.run import process


def metrics(nlp: Language, text: str) -> dict[str, tuple[str | None, str | None]]:
    doc = nlp(text)
    return {doc.text[r["start"]:r["end"]]: (r["metric"], r["facet"])
            for r in doc._.claimx_figures if r["label"] in ("MONEY", "PERCENT", "QUANTITY")}


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        pytest.param("The economy grew at a 1.6% annualized rate in the first quarter.", "1.6%",
                     ("annualized GDP", "change"), id="an annualized rate of the economy"),
        pytest.param("The economy grew 0.4% in the first quarter.", "0.4%", ("GDP", "change"),
                     id="the economy's growth is GDP"),
        pytest.param("Saudi Arabia's economy grew by 7% in Q3.\nYoY Oil operations jumped by "
                     "9.3% in Q3, the highest in 10 years.", "9.3%", ("oil operation", "change"),
                     id="a base word the parser made a subject is none"),
        pytest.param("GDP growth in France slowed to 2.1% in the second quarter.", "2.1%",
                     ("GDP", "change"), id="a rate of change read before its place"),
        pytest.param("Real gross domestic product increased at an annual rate of 1.3% in the "
                     "first quarter.", "1.3%", ("annualized GDP", "change"),
                     id="a lexicon metric stated as an annual rate"),
        pytest.param("GDP expanded by 0.9 per cent from April to June, compared to a previous "
                     "estimate of 0.8 per cent.", "0.8 per cent", ("GDP", "change"),
                     id="compared with an estimate: the compared figure's frame"),
        pytest.param("Consumer credit rose by £1.5bn in December, more than the £1.4bn "
                     "expected.", "£1.4bn", ("consumer credit", "change"),
                     id="more than a figure: the compared figure's frame"),
        pytest.param("GDP expanded by 0.9 per cent from April to June, compared with 0.8 per "
                     "cent in the first quarter.", "0.8 per cent", ("GDP", "change"),
                     id="compared with a figure: a change like it"),
        pytest.param("The economy contracted at an annualized clip of 2.9%, worse than the "
                     "initial estimate of a 2.1% drop.", "2.1%", ("annualized GDP", "change"),
                     id="a change noun compared through a container"),
        pytest.param("Pakistan's IT exports surge to $4.6 billion\n\nThe government "
                     "welcomed the news. This 26.4% YoY increase comes at a good time.",
                     "26.4%", ("IT exports", "change"),
                     id="a change noun alone: what the opening figures measure"),
        pytest.param("Indonesia's budget deficit could widen to 2.5 pct of GDP this year.",
                     "2.5 pct", ("budget deficit (% of GDP)", "new_level"),
                     id="a ratio to GDP measures what it is of"),
        pytest.param("The current account deficit narrowed to 1.5% of GDP from 2% a year "
                     "earlier.", "2%", ("current account deficit (% of GDP)", "baseline"),
                     id="the other end of a ratio's change is of GDP too"),
        pytest.param("The deficit rose 5% to $20bn, or 3% of GDP.", "3%",
                     ("deficit (% of GDP)", "level"), id="a ratio is never a change"),
        pytest.param("About 5% of Singapore's annual gross domestic product comes from "
                     "tourism.", "About 5%", (None, "level"),
                     id="a ratio whose part the clause does not name measures nothing"),
        pytest.param("Japan's exports rose 9.7 per cent in June. The result compared with the "
                     "median estimate of a 9.5 per cent increase in a Reuters poll of "
                     "economists.", "9.5 per cent", ("exports", "change"),
                     id="a change in a poll is no change of the poll"),
        pytest.param("Vedanta Resources and Kazakhmys lost about 4%, while BP was down 23.5p "
                     "at 581p.", "23.5p", ("share price", "change"),
                     id="a quoted firm's move told with a copula and a comparative"),
        pytest.param("Vedanta Resources and Kazakhmys lost about 4%, while BP was down 23.5p "
                     "at 581p.", "581p", ("share price", "new_level"),
                     id="the price a quoted firm's move is at"),
        pytest.param("Exports rose 5% in June. That was a 2% rise in real terms.", "2%",
                     ("exports", "change"), id="a change in real terms is no change of terms"),
        pytest.param("Japan recorded a shrinkage of 0.5 percent in July-September.",
                     "0.5 percent", ("GDP", "change"), id="a country's change noun alone"),
        pytest.param("Scotland remained the weakest region with prices down 3.1% on a year "
                     "ago, a sharp slowing from the 3.3% year-on-year increase the previous "
                     "quarter.", "3.3%", ("prices", "change"),
                     id="a place's change noun alone after its sentence named a change"),
        pytest.param("Tesco sales fall\n\nTesco said sales in the UK were weak. The firm "
                     "reported a 5% decline in the third quarter.", "5%", ("decline", "change"),
                     id="a change noun alone in an article about a firm"),
        pytest.param("Japan's GDP growth was 0.7 per cent in the quarter.", "0.7 per cent",
                     ("GDP", "change"), id="a change noun as the copula's subject"),
        pytest.param("Growth between April and June was confirmed at 0.8%.", "0.8%",
                     ("growth", "change"), id="a change noun as a passive verb's subject"),
        pytest.param("The rise in sales was 3% in 2004.", "3%", ("sales", "change"),
                     id="the subject's change noun names what changed"),
        pytest.param("Sales growth was 5%, down from 8% a year earlier.", "8%",
                     ("sales", "baseline"),
                     id="the baseline of a change noun's change keeps its facet"),
        pytest.param("Japan's economy shrank an annualized rate of 0.4 percent last quarter.",
                     "0.4 percent", ("annualized GDP", "change"),
                     id="a rate that is a change verb's object is its pace"),
        pytest.param("Officials were pleased. This marks a shift from the 4.8 percent "
                     "growth seen in June.", "4.8 percent", ("growth", "change"),
                     id="a change noun inside another noun's phrase is no verb's change"),
        pytest.param("Japan's economy contracted at an annualized pace of 2.1 percent. This "
                     "marks a shift from the 4.8 percent year-on-year growth seen in June.",
                     "4.8 percent", ("GDP", "change"),
                     id="a change stating its own basis takes no borrowed pace"),
        pytest.param("Japan's economy contracted at an annualized clip of 2.9%. On a "
                     "quarter-on-quarter basis, GDP shrank 0.7%.", "0.7%", ("GDP", "change"),
                     id="a basis stated in a phrase of the verb"),
        pytest.param("Japan's economy contracted at an annualized pace of 2.1 percent. The "
                     "economy recorded a shrinkage of 0.5 percent compared to a year ago.",
                     "0.5 percent", ("GDP", "change"),
                     id="a change against a year ago takes no borrowed pace"),
        pytest.param("Officials were pleased.\n\nThey said later that sales rose 3% in May. "
                     "Growth was 2%, down from 4%.", "4%", ("sales", "baseline"),
                     id="a change noun alone after the opening lines: the change last named"),
        pytest.param("Japan slips back into recession\n\nJapan's economy has slipped back into "
                     "recession. The government said a previous estimate of 0.1% growth was "
                     "downgraded to a 0.3% decline.", "0.3%", ("GDP", "change"),
                     id="a change noun alone in an article that opens on a country"),
        pytest.param("The US GDP growth rate slowed to an annual rate of 1.6 percent in the "
                     "first quarter.", "1.6 percent", ("annualized GDP", "change"),
                     id="a growth rate slowing to a rate: the growth, annualized"),
        pytest.param("Japan's growth slowed to 1.2% in May, the government said.", "1.2%",
                     ("GDP", "change"), id="the new level of a change noun is the change"),
        pytest.param("Canada's economy grew at an annualized 1.8 percent in the second "
                     "quarter.", "1.8 percent", ("annualized GDP", "change"),
                     id="a rate a verb of change grows at is its pace, no level reached"),
        pytest.param("Canada revised its second quarter data for annualized economic growth "
                     "to 1.9 percent from an initial 1.8 percent.", "1.9 percent",
                     ("annualized GDP", "change"),
                     id="the rate a report noun's growth is revised to is that growth"),
        pytest.param("Annualized GDP growth in the 2nd quarter was 1.6%.", "1.6%",
                     ("annualized GDP", "change"),
                     id="the pace a change noun states stays with what changed"),
        pytest.param("The economy was stronger last year, expanding by 2.6 per cent instead of "
                     "the previously reported 2.4 per cent.", "2.4 per cent", ("GDP", "baseline"),
                     id="a rate replaced, joined to the one replacing it: the same change before"),
        pytest.param("Gross domestic product grew 0.4 percent in the first quarter instead of "
                     "0.1 percent fall estimated on May 15.", "0.1 percent", ("GDP", "baseline"),
                     id="a rate replaced, whatever the parse made of its 'of'"),
        pytest.param("Imports saw a yearly rise of 36 per cent to $159.1 billion.",
                     "36 per cent", ("imports", "change"),
                     id="an object change noun's own amount"),
        pytest.param("Umbro posted a 222% rise in annual profit.", "222%",
                     ("annual profit", "change"), id="annual profit is no annualized rate"),
        pytest.param("UK growth passes its peak\n\nIndustrial production was weaker than "
                     "thought, with growth revised down to 0.3% from 0.4%.", "0.3%",
                     ("industrial production", "change"),
                     id="a change noun alone under a clause whose subject is a measure"),
        pytest.param("MG Rover, which employs more than 6,000 people, produced 110,000 cars.",
                     "more than 6,000", ("employee", "level"),
                     id="people counted in the role their verb gives them"),
        pytest.param("More than 3,000 people were killed under the regime.", "More than 3,000",
                     ("death toll", "level"), id="people killed are a death toll"),
        pytest.param("The show drew 3,000 people.", "3,000", ("people", "level"),
                     id="a verb that gives no role leaves the people counted"),
        pytest.param("He said there had been falling cigarette sales of 13% in New York.",
                     "13%", ("cigarette sales", "change"),
                     id="a participle of change on the measure makes its figure a change"),
        pytest.param("The firm announced a 5% price rise.", "5%", ("prices", "change"),
                     id="a change noun's compound changed"),
        pytest.param("Japan slips into recession\n\nJapan's economy has slipped back into "
                     "recession. A previous estimate of 0.1% growth between July and September "
                     "was downgraded to a 0.3% decline.", "0.3%", ("GDP", "change"),
                     id="a revised estimate's change noun: what the estimate's figure measures"),
        pytest.param("US economy shows solid growth\n\nThe US economy has grown more than "
                     "expected. Growth was at an annual rate of 4% in the third quarter.", "4%",
                     ("annualized GDP", "change"),
                     id="a change noun alone at a pace: the country's GDP, at that pace"),
        # a place's rate and the statistic named alone are one metric (percent, not count)
        pytest.param("The unemployment rate rose to 7.9%.", "7.9%", ("unemployment", "new_level"),
                     id="the unemployment rate is unemployment"),
        pytest.param("The jobless rate rose to 7.9%.", "7.9%", ("unemployment", "new_level"),
                     id="the jobless rate is unemployment"),
        pytest.param("The inflation rate fell to 2%.", "2%", ("inflation", "new_level"),
                     id="the inflation rate is inflation"),
        pytest.param("Apple reported earnings per share of $3.06.", "$3.06",
                     ("earnings per share", "level"), id="earnings per share, not shares"),
        # a change of shares, or the level it reaches, is one of their price
        pytest.param("Shares in Umbro were up 1.76% at 115.5 pence.", "1.76%",
                     ("share price", "change"), id="shares up: the share price"),
        pytest.param("Shares in Umbro were up 1.76% at 115.5 pence.", "115.5 pence",
                     ("share price", "new_level"), id="shares at a price: the share price"),
        pytest.param("The firm has a 20% share in the venture.", "20%", ("share", "share"),
                     id="a share held is no price"),
        # a change noun's "to" or "from", however the parser hung it on what changed
        pytest.param("The rise in sales to $5bn was welcome.", "$5bn", ("sales", "new_level"),
                     id="the level a change noun reaches"),
        pytest.param("The drop in exports from $8bn worried the government.", "$8bn",
                     ("exports", "baseline"), id="the level a change noun starts from"),
        pytest.param("Inflation has been rising faster than expected, hitting an annual rate "
                     "of 1.6% in December.", "1.6%", ("annualized inflation", "new_level"),
                     id="a pace reached: the rate of the clause's subject"),
        pytest.param("Statistics Canada says the economy expanded slightly more than "
                     "previously reported, bumping up growth one-tenth of a point to 1.9 per "
                     "cent.", "1.9 per cent", ("growth", "change"),
                     id="the level growth reaches is growth"),
        pytest.param("Japan's economy shrank an annualized real 7.1 percent from the previous "
                     "quarter.", "7.1 percent", ("annualized GDP", "change"),
                     id="a pace participle on the figure itself"),
        pytest.param("The country's real GDP backtracked 0.4 percent in the first quarter.",
                     "0.4 percent", ("GDP", "change"), id="backtracking is a fall"),
        pytest.param("The government was on target to meet its yearly GDP forecast of +9%.",
                     "+9%", ("GDP", "change"),
                     id="a forecast a statistic's acronym qualifies; a percentage of GDP grows"),
        pytest.param("GDP per capita fell 1.2% during the quarter.", "1.2%",
                     ("GDP per capita", "change"), id="a statistic per head is no total"),
        # a verb that puts a figure on its object at a level: the object's value
        pytest.param("National statisticians had estimated the country's growth at 0.2% in "
                     "the first quarter.", "0.2%", ("growth", "change"),
                     id="estimated growth at: the growth, not who estimated it"),
        pytest.param("The agency ascribed the rise in annual inflation mainly to the "
                     "significant increase in the prices of food by 61.5 percent.",
                     "61.5 percent", ("prices", "change"), id="by is no level of the object"),
        # after a line break the tagger reads "capita" as a foreign word (X)
        pytest.param("The decrease was actually 1.1%.\nGDP per capita fell 1.2% during the "
                     "quarter.", "1.2%", ("GDP per capita", "change"),
                     id="per capita tagged a foreign word"),
        pytest.param("Others feel the Bank may see a need for a rise to 5%.", "5%",
                     ("rise", "new_level"), id="the level a rise reaches is a level"),
        # a correction by a figure is the correction
        pytest.param("Tesco has overstated its half-year profits by £250m.", "£250m",
                     ("profit overstatement", "level"), id="overstated by"),
        # one correction, however its reports word what it corrects
        pytest.param("Tesco said it had overstated its expected half-year profits by £250m.",
                     "£250m", ("profit overstatement", "level"), id="overstated, qualified"),
        pytest.param("Freddie Mac restated earnings by $5bn last year.", "$5bn",
                     ("earnings restatement", "level"), id="restated by"),
        # a count of a stock that a verb of change takes as its object is that change
        pytest.param("The US economy added 337,000 jobs in October.", "337,000",
                     ("job", "change"), id="jobs added"),
        pytest.param("BA has cut 13,000 jobs.", "13,000", ("job", "change"), id="jobs cut"),
        pytest.param("Arsenal lost five games.", "five", ("game", "level"),
                     id="a count of events lost is no change"),
        pytest.param("Tesco's profits fell by £250m.", "£250m", ("profit", "change"),
                     id="a verb of change stays a change"),
        # an earlier estimate a figure is down or up from is the same kind of figure
        pytest.param("Consumer spending grew just 1.5%, down from an initial estimate of 2%.",
                     "2%", ("private consumption", "change"), id="down from an estimate"),
        pytest.param("Exports fell 3% to $5bn, down from the figure of $6bn.", "$6bn",
                     ("exports", "baseline"), id="compared with the figure of its own kind"),
        pytest.param("New loans rose to 83,000, slightly higher than November's low of 77,000.",
                     "77,000", ("loan", "baseline"), id="what a comparative measures from"),
        # a traded good's figure is its price or exchange rate
        pytest.param("The dollar was buying 104.76 yen at 0950 GMT.", "104.76 yen",
                     ("dollar exchange rate", "level"), id="a currency priced in another"),
        pytest.param("US crude rose $2.80 to $51.15 a barrel.", "$51.15",
                     ("US crude price", "new_level"), id="a commodity's price"),
        pytest.param("Oil prices rose 5% to $50.", "5%", ("oil price", "change"),
                     id="a measure that names the price already"),
        # a figure of a quantifier noun stands where the noun stands
        pytest.param("Marks & Spencer has cut prices by an average of 24%.", "24%",
                     ("average price", "change"), id="by an average of: an average change"),
        pytest.param("Sales rose by a total of $5m.", "$5m", ("sales", "change"),
                     id="by a total of: a change"),
        pytest.param("Oil prices fell to a low of $40 a barrel.", "$40 a barrel",
                     ("oil price", "new_level"), id="to a low of: the level reached"),
        pytest.param("Oil exports surged by 35.7% to a record $180.7bn.", "$180.7bn",
                     ("oil exports", "new_level"), id="to a record: the level reached"),
        pytest.param("Imports rose 16.3% to a new record of $1.76 trillion.", "$1.76 trillion",
                     ("imports", "new_level"), id="to a new record of: the level reached"),
        pytest.param("Growth may continue, potentially reaching $10 billion in exports by "
                     "2030.", "$10 billion", ("exports", "new_level"),
                     id="an amount with a noun of its own that a verb reaches"),
        pytest.param("The share of pupils was 62%, and the government hoped it would rise to "
                     "85% by 2008 and 100% by 2010.", "100%", ("pupil share", "new_level"),
                     id="a figure the parser joined to the date of the one before"),
        pytest.param("Cairn's shares closed up 64 pence at 1130p.", "64 pence",
                     ("share price", "change"), id="a comparative after the verb: a change"),
        pytest.param("Cairn's shares closed up 64 pence at 1130p.", "1130p",
                     ("share price", "new_level"), id="at the level a change reached"),
        pytest.param("The firm signed up 5,000 customers.", "5,000", ("customers", "level"),
                     id="the object of a phrasal verb is no change"),
        pytest.param("Cold weather has pushed US crude oil prices above $50 a barrel.",
                     "above $50 a barrel", ("crude oil price", "new_level"),
                     id="pushed above: the level reached"),
        pytest.param("Sales were above $5m.", "above $5m", ("sales", "level"),
                     id="a copula's above: a level"),
        pytest.param("The dollar was 0.5% stronger on the day.", "0.5%",
                     ("dollar exchange rate", "change"), id="stronger: a change"),
        pytest.param("Sales were 26.4% of the total.", "26.4%", ("sales", "share"),
                     id="a share of a container noun stays a share"),
        # the noun after a figure the parser read as the figure's adjective
        pytest.param("Viacom has five days to pay the $3.5m fine.", "$3.5m", ("fine", "level"),
                     id="the fine paid, not the payment"),
        pytest.param("They paid the $5m extra.", "$5m", ("payment", "level"),
                     id="a hedge word after the figure is no noun"),
        pytest.param("Expatriates sent a total of $23.92 billion in remittances.",
                     "$23.92 billion", ("remittances", "level"),
                     id="a total a verb has as its object stands where the total stands"),
        # "the figure" measures what the figure before it measured
        pytest.param("Remittance inflow declined 16.28 per cent to $1.68 billion in April. "
                     "However, the figure increased by 2.34 per cent to $17.71 billion in "
                     "the July-April period.", "$17.71 billion",
                     ("remittance inflow", "new_level"), id="the figure: the one before"),
        pytest.param("BNM reports 5.9% Q2 2024 growth", "5.9%", ("growth", "change"),
                     id="who reports a change is not what changed"),
        pytest.param("The government revised down second-quarter GDP data to 0.4%.", "0.4%",
                     ("GDP", "new_level"), id="data of a measure: that measure"),
        pytest.param("Exports rose 8.2% in June. The result contrasted the 2.5% contraction "
                     "seen in May.", "2.5%", ("exports", "change"),
                     id="the result: the one before"),
        pytest.param("Bangladesh received $1.63 billion in remittances in 21 days of "
                     "September. This represents a $300 million increase.", "$300 million",
                     ("remittances", "change"), id="an amount's change noun alone"),
        pytest.param("Imports saw a yearly rise of 36 per cent to $159.1 billion.",
                     "$159.1 billion", ("imports", "new_level"),
                     id="the level a change noun's verb reaches is of what changed"),
        pytest.param("Mr Howard offered £4 billion of tax cuts.", "£4 billion",
                     ("tax", "change"), id="an amount of a change is that change"),
        pytest.param("The group made $5m of savings.", "$5m", ("savings", "level"),
                     id="an amount of anything else is a level of it"),
        pytest.param("Renault said Nissan accounted for 4.9 billion euros of the loss.",
                     "4.9 billion euros", ("loss", "share"),
                     id="an amount of a whole the text has named is a part of it"),
        pytest.param("Insurers paid $155m of the settlement.", "$155m", ("settlement", "share"),
                     id="an amount of the settlement is a part of it"),
        pytest.param("This is the line between a Conservative Party taking Britain back and "
                     "planning deep cuts of £35bn in our services, and a Labour government.",
                     "£35bn", ("service", "change"),
                     id="a change's amount, then what it is in, however the parser hung it"),
        pytest.param("Exports rose 5% year on year in March.", "5%", ("exports", "change"),
                     id="a base written out as words is no measure"),
        pytest.param("Non-oil activities grew by 6.3% YoY and 2.6% QoQ.", "6.3%",
                     ("non-oil", "change"), id="a base after a figure of a preposition"),
        pytest.param("The boom has helped create thousands of jobs.", "thousands of",
                     ("job", "level"), id="a count of what its of-phrase names"),
        pytest.param("The firm is to relocate about 10 of its 27 plants.", "about 10",
                     ("plant", "share"), id="a count out of a whole the of-phrase names"),
        pytest.param("Borrowing in 2013-14 has risen by £8.3bn on December's forecast.",
                     "£8.3bn", ("borrowing", "change"), id="a gerund subject is the measure"),
        pytest.param("Crude stocks rose by 3.3 million barrels in the most recent week.",
                     "3.3 million", ("crude stock", "change"),
                     id="a count of a unit a verb of change moves by"),
        pytest.param("Overall, U.S. output increased to 11.5 million barrels per day.",
                     "11.5 million", ("output", "new_level"),
                     id="a count of a unit a verb of change moves to"),
        pytest.param("Revenue was $8864.1 million, a 6 percent increase compared with $8348.1 "
                     "million last year.", "$8348.1 million", ("revenue", "baseline"),
                     id="an amount compared with a percentage change is its base"),
        pytest.param("GDP expanded by 0.9%, compared with an earlier estimate of 0.8%.", "0.8%",
                     ("GDP", "change"), id="a percentage compared with one is a change too"),
        pytest.param("Japan's trade balance came in at 823.47 billion yen in April. Meanwhile, "
                     "analysts had expected an increase to 535 billion yen.", "535 billion yen",
                     ("trade balance", "new_level"),
                     id="a change that analysts expected, naming nothing, is of the last measure"),
        pytest.param("A national bank agreed to pay $613 million because of its failures.",
                     "$613 million", ("payment", "level"), id="a sum paid is no rate"),
        pytest.param("A mid-sized company might pay $50-70 per hour for a developer, compared "
                     "to $150+ domestically.", "$150+", ("rate", "level"),
                     id="a sum paid per hour is a rate, and so is what it is compared with"),
        pytest.param("The U.S. economy contracted at a 6.3% annualized seasonally adjusted rate "
                     "in the fourth quarter.", "6.3%", ("annualized GDP", "change"),
                     id="a rate's pace words between its figure and its noun, "
                        "seasonal adjustment being how such rates are told"),
        pytest.param("There was a 26% increase in the number of phones sold.", "26%",
                     ("phone", "change"), id="a change of what a container noun holds"),
        pytest.param("Labour has come up with a figure of £22 billions worth of efficiency "
                     "savings.", "£22 billions", ("efficiency savings", "level"),
                     id="what a container's amount is worth of"),
        pytest.param("Toyota's net income reached 2.31 trillion yen.", "2.31 trillion yen",
                     ("net profit", "new_level"), id="net income is net profit"),
        pytest.param("LG's consolidated operating income was 1.11 trillion won.",
                     "1.11 trillion won", ("operating profit", "level"),
                     id="consolidated operating income is operating profit"),
        pytest.param("Growth in the manufacturing sector is the most outstanding, with output "
                     "expanding by 15.5 percent.", "15.5 percent", ("output", "change"),
                     id="output alone is no economy's"),
        pytest.param("Japan's economic output shrank 0.5% in the quarter.", "0.5%",
                     ("GDP", "change"), id="economic output is GDP"),
        pytest.param("The Philippine economy grew 5.9% in the quarter, and the sector's "
                     "growth was revised to 9.6 percent.", "9.6 percent", ("sector", "change"),
                     id="a sector's growth is no GDP growth"),
        pytest.param("Samsung made a net profit of 15.6 trillion won in the quarter, a rise of "
                     "57.6 percent from last year's 9.898 trillion won.", "9.898 trillion won",
                     ("net profit", "baseline"), id="the level a rise started from"),
        pytest.param("Acme said its sales grew 5%, an increase to $2bn.", "$2bn",
                     ("sales", "new_level"), id="the level an increase reached"),
        pytest.param("There was a rise of 300 jobs to 5,000.", "5,000", ("job", "new_level"),
                     id="no change named before: the count's own noun"),
        pytest.param("Statutory profit after tax amounted to £5.52 billion, 41% higher than the "
                     "prior year's £3.92 billion.", "£3.92 billion",
                     ("statutory after-tax profit", "level"),
                     id="an amount measuring nothing of its own after a change"),
        pytest.param("Czech GDP grew 0.8% in the quarter. The year-on-year growth figure for the "
                     "second quarter was 8.2 percent.", "8.2 percent", ("GDP", "change"),
                     id="a report noun's compound is what it reports"),
        # the last "3%" of the text: the figure the report noun it quantifies names before
        pytest.param("US GDP grew at a 3% annual rate in the second quarter. The 3% figure was "
                     "revised from an initial estimate of 2.6%.", "3%",
                     ("annualized GDP", "level"), id="the figure a report noun names before"),
        pytest.param("Asian markets fell. Malaysia's budget airline, AirAsia fell 2.9%.", "2.9%",
                     (None, "change"), id="one firm's change leaves what changed unsaid"),
        pytest.param("Sectors dominated by multinational firms contracted by 9%.", "9%",
                     ("firm", "change"), id="a kind of firm's change is of that kind"),
        pytest.param("The company cut its full-year guidance to £11.5bn.", "£11.5bn",
                     (None, "new_level"), id="a period alone measures nothing"),
        pytest.param("Exports will be stable, ending the year at US$334.2 billion.",
                     "US$334.2 billion", ("exports", "level"),
                     id="a period ended at is no measure: the clause's is"),
        pytest.param("Mr Berlusconi has promised to cut taxes by 6.5bn euros this year.",
                     "6.5bn euros", ("tax", "change"), id="a noun the lemmatiser misreads"),
        pytest.param("Of the 1,000 people interviewed, 65% said they had used chip and pin.",
                     "65%", ("people use chip", "share"),
                     id="a part that says: what it says it does"),
        pytest.param("But seven million telephone numbers are registered.", "seven million",
                     ("telephone numbers", "level"), id="a report noun a count counts"),
        pytest.param("The company's consolidated EBIT figure fell from €5.05 billion in 2018 to "
                     "€1.34 billion in 2019.", "€1.34 billion", ("EBIT", "new_level"),
                     id="an amount's report noun"),
        pytest.param("Saudi GDP grew 7% in the quarter. Real GDP growth was revised up by "
                     "Gastat from an initial estimate of 6.8%.", "6.8%", ("GDP", "change"),
                     id="a reading a verb of revising starts from is of what it revises"),
        pytest.param("Revenue was $12.02 billion, above the consensus estimate of $12 billion.",
                     "$12 billion", ("revenue", "level"),
                     id="whose estimate is no measure: the figure it is compared with"),
        pytest.param("The 12-month average inflation rate rose to 5.2% in May.", "5.2%",
                     ("12-month average inflation", "new_level"),
                     id="a length written with its unit word is part of the measure"),
        pytest.param("The film's two-day takings were 1.5bn yen.", "1.5bn yen",
                     ("two-day takings", "level"), id="two-day takings, not day takings"),
        pytest.param("Export revenue amounted to over US$25.1 billion in November, pushing "
                     "the total export value during the 11-month period up to US$254.9 "
                     "billion.", "up to US$254.9 billion", ("exports", "level"),
                     id="a period with its length measures nothing"),
    ],
)
def test_the_metric_and_facet_of_a_figure(
    nlp: Language, text: str, figure: str, metric: tuple[str, str]
) -> None:
    assert metrics(nlp, text)[figure] == metric


def test_rates_listed_respectively_are_the_listed_amounts_changes_in_order(
    nlp: Language
) -> None:
    found = metrics(nlp, "Acme reported $5bn in sales and $1bn in operating profit in 2021, "
                         "up 10% and 20% respectively.")
    assert (found["10%"], found["20%"]) == (("sales", "change"), ("operating profit", "change"))


def test_a_headline_count_of_a_change_word_is_no_topic_for_a_bare_change(nlp: Language) -> None:
    found = metrics(nlp, "Chile's economy in recession after two quarters of contraction\n"
                         "Chile's GDP fell 0.5 percent in the March quarter, the statistics "
                         "office said. This was the second quarter that the Chilean GDP has "
                         "experienced contraction, following a revised 0.3 percent decrease in "
                         "the December quarter.")
    assert found["0.3 percent"] == ("GDP", "change")


def test_nouns_listed_respectively_go_to_the_figures_in_order_however_parsed(
    nlp: Language
) -> None:
    # the parser hangs "3%" on the verb, not on "5%"
    found = metrics(nlp, "Profit and revenue fell 5% and 3% respectively in 2023.")
    assert (found["5%"], found["3%"]) == (("profit", "change"), ("revenue", "change"))
    # without "respectively", nothing says the list is shared out
    found = metrics(nlp, "Sales and profit rose 5% and 3%.")
    assert found["5%"] == found["3%"] == ("sales", "change")


def test_amounts_listed_with_phrases_of_their_own_measure_each_its_own(nlp: Language) -> None:
    found = metrics(nlp, "LG said it recorded 17.11 trillion won in sales and 1.11 trillion "
                         "won in operating income during the second quarter, which were "
                         "surges of 48.4% and 65.5%, respectively, from the previous year.")
    assert [found[f][0] for f in ("17.11 trillion won", "1.11 trillion won", "48.4%", "65.5%")
            ] == ["sales", "operating profit", "sales", "operating profit"]


def test_an_amount_coordinated_with_the_first_amounts_noun_measures_the_noun_after_it(
    nlp: Language
) -> None:
    found = metrics(nlp, "Samsung reported KRW 258.94 trillion ($194 billion) in annual revenue "
                         "and KRW 6.57 trillion ($4.9 billion) in operating profit for 2023.")
    assert [found[f][0] for f in ("KRW 258.94 trillion", "KRW 6.57 trillion", "$4.9 billion")
            ] == ["annual revenue", "operating profit", "operating profit"]


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        pytest.param("The Incredibles took $300m outside the US, while Shrek took $19m.",
                     "$300m", "takings outside United States", id="a place on the verb"),
        pytest.param("Nestle said its sales in Europe rose 5% to $2bn.", "$2bn",
                     "sales in Europe", id="a place on the measure"),
        pytest.param("The Incredibles took $300m outside the US, while Shrek took $19m.",
                     "$19m", "takings", id="no place, no scope"),
        pytest.param("Sales fell 13% in New York.", "13%", "sales",
                     id="a place that holds the figure is no scope"),
        pytest.param("Sales fell by 13% in New York and 16% in Ireland.", "16%", "sales",
                     id="a figure with a place of its own takes no other figure's"),
        pytest.param("Sales fell by 13% in New York and 16% in Ireland.", "13%",
                     "sales in New York", id="the verb's place is the first figure's"),
        pytest.param("Japanese shipments to China fell 7.6% to 1.04 trillion yen.", "7.6%",
                     "shipment to China", id="a trade flow's partner"),
        pytest.param("Japan's imports from China fell 16.8% to 1.33 trillion yen.", "16.8%",
                     "imports from China", id="a partner is no holder of the flow"),
        pytest.param("Shipments to the United States decreased 11.8% to 1.2 trillion yen, "
                     "while imports declined 18.1% to 585.69 billion yen.", "18.1%",
                     "imports from United States",
                     id="the partner of the flow a flow is coordinated with"),
        pytest.param("Sales from cargo fell 42.2 per cent to S$2.1 billion.", "42.2 per cent",
                     "sales from cargo", id="a revenue's source narrows it"),
        pytest.param("Turnover from passengers flown rose 17.3 per cent to $15.7 billion.",
                     "$15.7 billion", "revenue from passengers flown",
                     id="a revenue's source, a phrase"),
        pytest.param("Revenue rose 7 per cent to $19 billion.", "$19 billion", "revenue",
                     id="the whole revenue"),
        pytest.param("The unemployment rate for those aged 15 to 24 remains higher than any "
                     "other age group, sitting at 58.2%.", "58.2%",
                     "unemployment for those aged 15 to 24", id="a group of people narrows it"),
        pytest.param("The jobless rate among young people was 14%.", "14%",
                     "unemployment among young people", id="a group after among"),
        pytest.param("The rate for the quarter was 5%.", "5%", "rate",
                     id="a phrase that names no group of people"),
    ],
)
def test_a_place_that_narrows_the_measure_stays_in_the_metric(
    nlp: Language, text: str, figure: str, metric: str
) -> None:
    assert metrics(nlp, text)[figure][0] == metric


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        pytest.param("Retail sales rose 1.1%, less than the initial estimate of 1.4%.", "1.4%",
                     "retail sales", id="an estimate of the same measure"),
        pytest.param("Exports fell 3%, compared with the early 2% reading.", "2%", "exports",
                     id="a reading of the same measure"),
        pytest.param("The number of jobless people rose to 5 million.", "5 million",
                     "jobless people", id="the number of: the subject's contents"),
        pytest.param("The plan will increase the number of specialist colleges to 400.", "400",
                     "specialist college", id="the number of: the object's contents"),
        pytest.param("The singer's 2004 tour took $90.3m (£48.5m) in ticket sales.", "$90.3m",
                     "ticket sales", id="an amount's noun hung on the verb"),
        pytest.param("The Aviator has taken $75m so far, while Sideways has taken $46.8m "
                     "(£24.8m) in a more limited release.", "$46.8m", "takings",
                     id="a phrase with a determiner on the verb is a setting"),
        pytest.param("Jugnot made 5.45m Euros (£3.77m) last year.", "5.45m Euros", "earnings",
                     id="the amount a person made is earnings, not the person"),
        pytest.param("Analysts said the move was ill-timed given data showing the Australian "
                     "economy grew just 0.1% between October and December.", "0.1%", "GDP",
                     id="what the data show, not the data, grew"),
        pytest.param("Figures show the Consumer Prices Index (CPI) fell to 2.4% in September.",
                     "2.4%", "inflation", id="the consumer prices index is inflation"),
        pytest.param("Consumer price inflation fell to 2.5% last month.", "2.5%", "inflation",
                     id="consumer price inflation is inflation"),
        pytest.param("Annual inflation in the euro area rose to 10.6% in October.", "10.6%",
                     "inflation", id="annual inflation is the inflation reports mean"),
        pytest.param("Monthly inflation in the euro area rose to 1.5% in October.", "1.5%",
                     "monthly inflation", id="monthly inflation is another rate"),
        pytest.param("Rent prices increased at a slower pace in the month but remained elevated "
                     "as they rose 8.2% compared with a year ago.", "8.2%", "rent price",
                     id="they: the plural measure of the clause it hangs on"),
        pytest.param("The central bank has cut its key interest rate three times so far this "
                     "year to bring it to 4.25%.", "4.25%", "key interest rate",
                     id="it: the singular object of the clause it hangs on"),
        pytest.param("Teenagers in the richest areas could expect a better than 50% chance of "
                     "going to university, while in the poorest neighbourhoods it was 10%.",
                     "10%", "chance", id="it: not a plural noun"),
    ],
)
def test_what_a_figure_measures(
    nlp: Language, text: str, figure: str, metric: str
) -> None:
    assert metrics(nlp, text)[figure][0] == metric


@pytest.mark.parametrize(
    ("text", "period"),
    [
        pytest.param("GDP grew 0.6% in the second quarter of 2024. GDP grew 0.9% compared with "
                     "the previous quarter.", "the second quarter of 2024",
                     id="compared with a base: the earlier sentence's period"),
        pytest.param("GDP grew 0.6% in the second quarter of 2024. GDP grew 0.9% on the same "
                     "quarter a year ago.", "the second quarter of 2024",
                     id="on the same quarter a year ago: the earlier sentence's period"),
    ],
)
def test_the_base_of_a_comparison_is_not_the_figures_period(
    nlp: Language, text: str, period: str
) -> None:
    [(_, _, claims)] = list(process(nlp, [Document("doc", "test", text)]))
    [claim] = [c for c in claims if c["text"] == "0.9%"]
    assert claim["time"] is not None and claim["time"]["text"] == period


@pytest.mark.parametrize(
    ("verb", "direction"),
    [("narrowed", "down"), ("weakened", "down"), ("widened", "up"), ("rebounded", "up"),
     ("strengthened", "up"), ("rose", "up"), ("fell", "down")],
)
def test_the_direction_a_verb_of_change_gives(nlp: Language, verb: str, direction: str) -> None:
    doc = nlp(f"The US trade gap {verb} by 4.9% in December.")
    [record] = [r for r in doc._.claimx_figures if r["label"] == "PERCENT"]
    assert (record["facet"], record["direction"]) == ("change", direction)


def test_a_rate_with_no_pace_that_a_verb_reaches_is_a_rate_of_its_own(nlp: Language) -> None:
    """Only a pace ("an annual rate of 1.6%") is the level its verb reaches."""
    text = "The new GDP figure also topped the 3.5% growth rate that economists had forecast."
    assert metrics(nlp, text)["3.5%"][1] == "change"


@pytest.mark.parametrize(
    ("text", "figure", "direction"),
    [
        pytest.param("The US economy added 337,000 jobs in October.", "337,000", "up",
                     id="added"),
        pytest.param("Employers shed 20,000 workers in May.", "20,000", "down", id="shed"),
    ],
)
def test_a_stock_changed_by_a_count_takes_the_verb_s_direction(
    nlp: Language, text: str, figure: str, direction: str
) -> None:
    doc = nlp(text)
    [record] = [r for r in doc._.claimx_figures if doc.text[r["start"]:r["end"]] == figure]
    assert (record["facet"], record["direction"]) == ("change", direction)


def test_a_figure_compared_with_another_names_it(nlp: Language) -> None:
    doc = nlp("A US company might pay $50-70 per hour for a developer in Pakistan, "
              "compared to $150+ domestically.")
    records = doc._.claimx_figures
    texts = [doc.text[r["start"]:r["end"]] for r in records]
    compared = records[texts.index("$150+")]["compared_index"]
    assert compared is not None and texts[compared] == "$50-70 per hour"
    assert records[texts.index("$50-70 per hour")]["compared_index"] is None


@pytest.mark.parametrize(
    ("text", "figure", "facet"),
    [
        pytest.param("Exports surge to $4.6 billion.", "$4.6 billion", ("new_level", None),
                     id="to after a word of change: the new level"),
        pytest.param("Profits rose by 5% in 2004.", "5%", ("change", "up"),
                     id="by after a word of change: the change"),
        pytest.param("Shares slumped 5% on Friday.", "5%", ("change", "down"),
                     id="a word of change right before: the change"),
        pytest.param("Profits fell sharply and came to $5bn.", "$5bn", (None, None),
                     id="a word of change too far before: nothing said"),
        pytest.param("The deal was worth $5bn.", "$5bn", (None, None),
                     id="no word of change: nothing said"),
    ],
)
def test_without_a_parse_the_words_before_a_figure_give_its_facet(
    blank_nlp: Language, text: str, figure: str, facet: tuple[str | None, str | None]
) -> None:
    doc = blank_nlp(text)
    found = {doc.text[r["start"]:r["end"]]: (r.get("facet"), r.get("direction"))
             for r in doc._.claimx_figures}
    assert found[figure] == facet


@pytest.mark.parametrize(
    ("text", "figure", "field", "expected"),
    [
        pytest.param("The total was a decline from the upwardly revised 167,000 jobs in August.",
                     "167,000", "metric", "job", id="a status word is no part of the measure"),
        pytest.param("Payrolls added 119,000 positions, more than double Wall Street's "
                     "expectations of 50,000 jobs.", "50,000", "cue", "projection",
                     id="expectations of a figure: a projection"),
        pytest.param("Nonfarm payrolls increased 156,000 in the month.", "156,000", "metric",
                     "nonfarm payrolls", id="a statistic of the lexicon"),
        pytest.param("The jobless rate ticked down a tenth of a point to 7.2 percent.",
                     "a tenth of a point", "facet", "change",
                     id="a percentage a phrasal verb of change takes is a change"),
        pytest.param("The firm signed up 5,000 users.", "5,000", "facet", "level",
                     id="a count a phrasal verb takes stays a level"),
        pytest.param("Serial truants make up one in 13 pupils.", "one in 13", "facet", "share",
                     id="a ratio a phrasal verb takes stays a share"),
        pytest.param("Priced in RMB, China's 2023 exports increased by 0.6 percent "
                     "year-over-year.", "0.6 percent", "metric", "exports",
                     id="a hyphenated base of a change is no measure"),
        pytest.param("The Bangladesh Bank recently revised the country's export earnings data "
                     "downward by $13.80 billion to $33.68 billion.", "$13.80 billion",
                     "source", "Bangladesh Bank",
                     id="a verb of saying states the ends of its own change"),
        pytest.param("The goods deficit widened by $4.6 billion in March.", "$4.6 billion",
                     "metric", "goods deficit", id="a noun whose plural is a word of its own"),
        pytest.param("Tesco shares fell to around 215p.", "around 215p", "facet", "new_level",
                     id="a hedge the parser made a phrase of its own: the level reached"),
        pytest.param("The film grossed around $91m.", "around $91m", "facet", "level",
                     id="a hedge that is the figure's only preposition"),
        pytest.param("Adjusted profit before tax fell 51.3% to £39.3 million.", "£39.3 million",
                     "metric", "adjusted pre-tax profit",
                     id="profit before tax is pre-tax profit"),
        pytest.param("The carrier reported headline pre-tax profits of £610 million. Its goal "
                     "is to generate over £1 billion annual profit before tax.",
                     "£610 million", "metric", "headline pre-tax profit",
                     id="a qualifier the lexicon's name holds is not repeated"),
        pytest.param("The airline carried 7% more passengers last year.", "7%", "facet",
                     "change", id="a percentage more of a noun is its change"),
        pytest.param("The Bank said 48,000 fewer mortgages were approved in January.",
                     "48,000", "metric", "mortgage", id="fewer is no word of the measure"),
        pytest.param("Women in full-time work earn 19% less than men.", "19%", "metric",
                     "earnings", id="less on a verb that names its measure: that measure"),
        pytest.param("Nippon Steel lost 2.5% to 270 yen, with closest rival JFE Holdings down "
                     "3.4%.", "3.4%", "facet", "change",
                     id="a comparative beside a verb of change takes no measure of the verb"),
        pytest.param("The German jobless total declined by 79,000 to 4.65 million in September "
                     "in raw or unadjusted terms.", "4.65 million", "metric",
                     "unadjusted unemployment", id="a statistic before seasonal adjustment"),
        pytest.param("In seasonally adjusted data, the German jobless total increased by 39,000 "
                     "to 4.835 million in September.", "4.835 million", "metric",
                     "unemployment", id="seasonally adjusted is what a statistic is"),
        pytest.param("Gross domestic product advanced 1.36 percent in the second quarter, "
                     "reversing a revised 3.31 percent fall in the previous quarter.",
                     "3.31 percent", "direction", "down",
                     id="a change noun the tagger took for a verb, with its article"),
        pytest.param("On an annual basis, the Swedish economy contracted 1.0 percent in the "
                     "second quarter.", "1.0 percent", "metric", "GDP",
                     id="on an annual basis: a change on a year earlier, not annualized"),
        pytest.param("The economy grew at an annual rate of 2.6% in the second quarter.", "2.6%",
                     "metric", "annualized GDP", id="an annual rate is annualized"),
        pytest.param("In annual terms, INS revised the economic drop for Q2 from 10.5% to a "
                     "softer 10.2%.", "10.2%", "direction", "down",
                     id="a revision of a change noun: the change's new value"),
        pytest.param("Romania's economy shrank in the second quarter. In annual terms, INS "
                     "revised the economic drop for Q2 from 10.5% to a softer 10.2%.", "10.2%",
                     "entity", "Romania",
                     id="a statistics institute's figure of its country's statistic"),
        pytest.param("In H1 2020, Romania's GDP was down 4.5 pct as unadjusted series and 3.9 "
                     "pct lower as seasonally adjusted series.", "3.9 pct", "metric", "GDP",
                     id="both series named: the one named right after the figure"),
        pytest.param("In H1 2020, Romania's GDP was down 4.5 pct as unadjusted series and 3.9 "
                     "pct lower as seasonally adjusted series.", "4.5 pct", "metric",
                     "unadjusted GDP", id="both series named: the unadjusted one's figure"),
        pytest.param("Sterling was 0.3% down against the US dollar at 1.31.", "0.3%", "facet",
                     "change", id="a comparative hung beside the figure on its verb"),
        pytest.param("The Bank of England kept interest rates on hold at 5.5% this month. Four "
                     "members of the committee voted for a quarter-point rise in June.",
                     "a quarter-point", "metric", "interest rate",
                     id="a change voted for is no change of the voters"),
        pytest.param("Samsung Electronics posted record results.\n\nOperating profit was 14.07 "
                     "trillion won in the April-June quarter, up 72.72 percent from a year "
                     "earlier, Samsung said.", "72.72 percent", "entity", "Samsung Electronics",
                     id="a change with a metric and no measure takes the main subject too"),
        pytest.param("Bradford-based supermarket group Morrisons said its revenue rose 5.8% to "
                     "£17.3 billion.", "5.8%", "entity", "Morrisons",
                     id="a name a holder noun describes is of that noun's kind"),
        pytest.param("The U.S. economy added 818,000 fewer jobs between March 2023 and March "
                     "2024 than originally reported, according to new data from the Bureau of "
                     "Labor Statistics (BLS).", "818,000", "direction", "down",
                     id="a count fewer than reported is a difference from it"),
        pytest.param("The U.S. economy added 818,000 fewer jobs between March 2023 and March "
                     "2024 than originally reported. Even after this revision, the U.S. still "
                     "added 2.08 million jobs in the 12 months leading up to March 2024.",
                     "818,000", "metric", "job revision",
                     id="a count fewer than reported revises the report, no change of jobs"),
        pytest.param("Sony is manufacturing 5,000 more copies of each single than originally "
                     "planned.", "5,000", "metric", "copy revision",
                     id="more than planned: a preposition's complement"),
        pytest.param("Apple had expected revenues to land between $36 billion and $38 billion "
                     "for the third quarter.", "between $36 billion and $38 billion", "metric",
                     "revenue", id="an infinitive the tagger read as a noun is no measure"),
        pytest.param("Bayer pumped even more money into its bid for the U.S. seed giant, "
                     "valuing it at $66 billion.", "$66 billion", "metric", "valuation",
                     id="a participle valuing what a pronoun stands for is a valuation"),
        pytest.param("Mr Morneau projected that his government would run a $19.4 billion "
                     "deficit this year, falling to $15.1 billion next year.", "$15.1 billion",
                     "metric", "deficit",
                     id="a participle of change goes on with the amount its verb's object is"),
        pytest.param("Friday's data also showed China's producer price index rose 4.4 percent "
                     "in March.", "4.4 percent", "source", None,
                     id="a day's data names no source"),
        pytest.param("Banxico board members voted in favor of a 50-basis-point hike.",
                     "50-basis-point", "facet", "change",
                     id="points written with hyphens are a change in points, no count"),
        pytest.param("He scored two more penalties than last year.", "two", "metric", "penalty",
                     id="more than a year before is a change of the count itself"),
        pytest.param("Britain's GDP grew 0.6 per cent in the three months to June, according "
                     "to data from the Office for National Statistics.", "0.6 per cent",
                     "source", "Office for National Statistics",
                     id="according to evidence: its owner is the source"),
        pytest.param("Growth in the euro area slowed to 0.1% in the third quarter, Eurostat "
                     "said.", "0.1%", "entity", "euro area",
                     id="the euro area is a place the model does not name: the holder"),
        pytest.param("Growth in the euro area slowed to 0.1% in the third quarter, Eurostat "
                     "said.", "0.1%", "measure", "Growth",
                     id="a change noun's place is where it changed, not what changed"),
        pytest.param("Eurozone interest rates are at 2%.", "2%", "metric", "interest rate",
                     id="the euro area's name is no word of its measure"),
        pytest.param("The ONS estimate of GDP growth was 0.5% in the second quarter.", "0.5%",
                     "facet", "change", id="an estimate of a change is that change"),
        pytest.param("Brazil Q3 GDP shrinks 0.5%\n\nThe economy of Brazil shrank in the third "
                     "quarter.", "0.5%", "measure", "GDP",
                     id="a headline's verb read as a noun is not the measure"),
        pytest.param("South Africa's GDP contracts 0.6% in third quarter\n\nThe economy shrank.",
                     "0.6%", "measure", "GDP",
                     id="a headline's verb whose noun has another sense is still the verb"),
        pytest.param("Russian economic growth slowed to 1.3 per cent in 2019: official statistics",
                     "1.3 per cent",
                     "entity", "Russia", id="the nationality opening a measure is its holder"),
        pytest.param("Russian economic growth slowed to 1.3 per cent in 2019: official statistics",
                     "1.3 per cent",
                     "metric", "GDP", id="the nationality opening a measure leaves its metric"),
        pytest.param("Manufacturing activities, meanwhile, rose 7.1% in the quarter.", "7.1%",
                     "metric", "manufacturing", id="a sector's activity is the sector's"),
        pytest.param("Saudi Arabia's economy grew 7%, while the non-oil economy expanded by "
                     "6.2 per cent.", "6.2 per cent", "metric", "non-oil economy",
                     id="the non-oil economy is a part of the economy"),
        pytest.param("Saudi Arabia's economy grew 7%, while the local economy expanded by "
                     "6.2 per cent.", "6.2 per cent", "metric", "GDP",
                     id="the local economy is the economy"),
        pytest.param("LG Electronics saw its operating income during the second quarter jump "
                     "65%, thanks to strong sales.", "65%", "measure", "operating income",
                     id="a complement with no subject tells of the object before it"),
        pytest.param("Inflation for locally produced items was 35.8% while inflation for "
                     "imported items was 40.7%.", "40.7%", "measure",
                     "inflation for imported items", id="inflation for what it is of"),
        pytest.param("The agriculture sector grew 7.2% in the quarter.", "7.2%", "metric",
                     "agriculture", id="a sector noun's head is dropped"),
        pytest.param("Safin lost in two Australian Open finals.", "two", "entity", None,
                     id="a nationality that opens a name names no holder"),
        pytest.param("Indonesia's trade balance swung to a surplus in August. For the first "
                     "eight months, the Southeast Asian nation's exports were worth $108.8 "
                     "billion.", "$108.8 billion", "entity", "Indonesia",
                     id="a region's word names no country: the nation is the one named before"),
        pytest.param("VEVEY (dpa-AFX) - Nestlé (NSRGY.PK, NSTR.L) reported that its fiscal 2019 "
                     "net profit increased by 24.4% to 12.6 billion Swiss francs.", "24.4%",
                     "entity", "Nestlé", id="a named speaker the model missed speaks of itself"),
        pytest.param("Analysts said its profit rose 3% in 2004.", "3%", "entity", None,
                     id="a common noun speaker is no holder"),
        pytest.param("Rosstat said Russia's GDP grew by 1.3% in 2019. That compares with an "
                     "official expansion rate of 2.5% recorded in 2018.", "2.5%", "metric",
                     "GDP", id="an official rate is the rate"),
        pytest.param("SA's economy shrank by 0.6% in the third quarter, Stats SA said.", "0.6%",
                     "entity", "South Africa", id="SA is South Africa"),
        pytest.param("Banco Santander SA said its profit rose 5% in 2019.", "5%", "entity",
                     "Banco Santander SA", id="a company's SA stays in its name"),
        pytest.param("Honda saw its operating profit fall 3.7 percent from a year earlier to "
                     "839.40 billion yen.", "839.40 billion yen", "metric", "operating profit",
                     id="the level a verb read as a noun reaches is its subject's"),
        pytest.param("The growth rate of GDP was 6 percent in the third quarter.", "6 percent",
                     "metric", "GDP", id="the growth rate of a statistic is its change"),
        pytest.param("The year-on-year growth rate of the gross domestic product was revised "
                     "upward to six percent.", "six percent", "metric", "GDP",
                     id="the growth rate of a statistic the lexicon names is its change"),
        pytest.param("The annual rate of inflation was 3 percent.", "3 percent", "metric",
                     "inflation", id="the rate of a statistic that is a rate is the statistic"),
        pytest.param("Officials said the deficit was $21.8 billion higher than expected.",
                     "$21.8 billion", "metric", "deficit revision",
                     id="an amount more than expected is a difference from the forecast"),
        pytest.param("Operating profit was down 35 percent from a year earlier and about 30 "
                     "percent lower than the average estimate.", "about 30 percent", "metric",
                     "profit revision",
                     id="a percentage below the estimate is no change of profit"),
        pytest.param("Operating profit was down 35 percent from a year earlier and about 30 "
                     "percent lower than the average estimate.", "35 percent", "facet",
                     "change", id="a change before another figure's comparison stays one"),
    ],
)
def test_words_around_a_statistic(nlp: Language, text: str, figure: str, field: str,
                                  expected: str | None) -> None:
    doc = nlp(text)
    found = next(r for r in doc._.claimx_figures if doc.text[r["start"]:r["end"]] == figure)
    assert found[field] == expected


def test_a_name_inside_a_metric_is_no_holder(nlp: Language) -> None:
    doc = nlp("Nonfarm payrolls increased 156,000 in the month, the Bureau of Labor Statistics "
              "said.")
    names = [doc.text[r["start"]:r["end"]] for r in doc._.claimx_figures
             if r["label"] not in ("MONEY", "PERCENT", "QUANTITY", "DATE", "DURATION")]
    figure = next(r for r in doc._.claimx_figures if r["label"] == "QUANTITY")
    assert "Nonfarm" not in names
    assert figure["entity"] != "Nonfarm"


def test_a_lone_change_is_of_the_amount_its_sentence_names(nlp: Language) -> None:
    doc = nlp("BT enjoys 14% rise in annual pre-tax profits\n\nShares in BT edged ahead as the "
              "telecommunications giant announced a 14% increase in pre-tax profits.\n\nBT "
              "confirmed it would pay a dividend of 12.4p per share, marking 14% rise on the "
              "previous year.")
    last = [r for r in doc._.claimx_figures if r["label"] == "PERCENT"][-1]
    # not GDP, nor the opening lines' profits: the change of the dividend its sentence names
    assert (last["entity"], last["metric"]) == ("BT", "dividend")


def test_no_measure_is_punctuation_alone(nlp: Language) -> None:
    doc = nlp("Exports of goods and services from the U.S. fell 9.6 percent m-o-m to $187.7 "
              "billion in March, while imports dropped 6.2 percent m-o-m to $232.2 billion, in "
              "part, due to the impact of COVID-19.")
    measures = [r["measure"] for r in doc._.claimx_figures if r["label"] in ("MONEY", "PERCENT")]
    assert measures and all(m is None or any(ch.isalnum() for ch in m) for m in measures)


def test_a_name_a_holder_noun_describes_is_that_kind_throughout(nlp: Language) -> None:
    doc = nlp("Bradford-based supermarket group Morrisons said its revenue rose 5.8% to £17.3 "
              "billion.\n\nMorrisons said it would pay a special dividend of 4p.")
    dividend = next(r for r in doc._.claimx_figures if doc.text[r["start"]:r["end"]] == "4p")
    assert dividend["entity"] == "Morrisons"


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        pytest.param("Profit before tax rose to £1.8bn. Net profit was £965m.", "£965m",
                     "net profit", id="no net pre-tax profit"),
        pytest.param("Profit before tax rose to £1.8bn. Profit was £965m.", "£965m",
                     "pre-tax profit", id="the generic word alone takes the specific form"),
        pytest.param("IT exports rose to $3bn. Goods exports were $25bn.", "$25bn",
                     "goods exports", id="no goods IT exports"),
        # a hyphenated modifier stays whole
        pytest.param("Like-for-like sales fell 0.9% in the year.", "0.9%",
                     "like-for-like sales", id="a hyphenated word before the noun"),
        pytest.param("It reported a 0.2% rise in like-for-like sales excluding fuel.", "0.2%",
                     "like-for-like sales", id="a change of what the hyphenated word qualifies"),
    ],
)
def test_a_qualified_measure_keeps_its_own_words(
    nlp: Language, text: str, figure: str, metric: str
) -> None:
    assert metrics(nlp, text)[figure][0] == metric



@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        pytest.param("A 16.1% plunge in exports of goods and services was the biggest drag.",
                     "16.1%", "exports of goods and services",
                     id="the whole an of-phrase names, not its first part"),
        pytest.param("Imports of goods rose 3%.", "3%", "Imports of goods",
                     id="one part stays that part"),
    ],
)
def test_an_of_phrase_keeps_the_nouns_it_joins(
    nlp: Language, text: str, figure: str, measure: str
) -> None:
    doc = nlp(text)
    [found] = [r["measure"] for r in doc._.claimx_figures
               if doc.text[r["start"]:r["end"]] == figure]
    assert found == measure


def test_a_change_base_after_a_count_is_no_counted_noun() -> None:
    # TechRadar, 23 July 2021: a count of the customers its verb's subject names
    claims = extract("Contract customers rose from 64.5 million to 65.6 million year-on-year.")
    assert [(c["text"], c["value"]["unit"]) for c in claims.claims
            if c["kind"] == "quantity"] == [("65.6 million", "Contract customers")]


def test_a_demonstrative_subject_stands_for_the_measure_before() -> None:
    # BBC business: "that" is the borrowing just named
    claims = extract("Borrowing is tipped to fall to £31bn by 2005/06 - but that is still £2bn "
                     "more than Mr Brown predicted in his March budget.").claims
    assert [(c["text"], c["subject"]["metric"]) for c in claims if c["kind"] == "money"] == [
        ("£31bn", "borrowing"), ("£2bn", "borrowing")]


@pytest.mark.parametrize(
    ("text", "facets"),
    [
        pytest.param("However, SUVs, larger family cars and executives were the only segments "
                     "to grow, up 7.9%, 2.2% and 1.1% respectively.",
                     [("change", "up")] * 3, id="a list after up"),
        pytest.param("The gold index gained 3.86%, general retailers 1.42%, resources 0.95%.",
                     [("change", "up")] * 3, id="a list with the verb left out"),
        pytest.param("Profits rose 5%, but margins were 30%.",
                     [("change", "up"), ("level", None)], id="a clause of its own lists nothing"),
    ],
)
def test_a_percentage_listed_after_a_change_is_one(text: str,
                                                   facets: list[tuple[str, str | None]]) -> None:
    claims = extract(text).claims
    assert [(c["value"]["facet"], c["value"]["direction"]) for c in claims
            if c["kind"] == "percent"] == facets


def test_a_stake_is_in_the_organisation_as_the_document_first_names_it(nlp: Language) -> None:
    doc = nlp("Glazer bid\n\nIrish horse racing millionaires JP McManus and John Magnier own "
              "24% of Manchester United through their investment vehicle. Mr McManus said "
              "they own 29% of United through Cubic Expression.")
    stakes = [(doc.text[r["start"]:r["end"]], r["metric"], r["facet"])
              for r in doc._.claimx_figures if r["label"] == "PERCENT"]
    assert stakes == [("24%", "stake in Manchester United", "share"),
                      ("29%", "stake in Manchester United", "share")]


def test_a_rate_of_a_named_metric_is_that_metric(nlp: Language) -> None:
    """"the annual rate of inflation" is annual inflation, the inflation reports mean, not an
    "annual rate" every rate of the document would share; a rate of nothing named stays a
    rate."""
    found = metrics(nlp, "House prices\n\nHalifax said the annual rate of inflation had "
                         "fallen from 11.4% in August to 10.7% in September.")
    assert found["10.7%"] == ("inflation", "new_level")
    assert metrics(nlp, "Developers earn rates of $50 an hour.")["$50 an hour"][0] == "rate"


def test_a_rate_a_change_noun_reaches_after_a_change_in_points_is_that_rate() -> None:
    # "to 1.9 per cent" is hung on "point" of the change; the new level of growth is the
    # rate of growth, of the country of the national body the report opens on, in the period
    # of what was reported
    text = ("GDP nudged higher by StatsCan\nOTTAWA—Statistics Canada says the economy expanded "
            "slightly more than previously reported in the second quarter of 2012, bumping up "
            "growth one-tenth of a point to 1.9 per cent.")
    claims = extract(text, ref_date="2012-10-01").claims
    (found,) = [c for c in claims if c["text"] == "1.9 per cent"]
    assert found["subject"]["measure"] == "growth"
    assert found["subject"]["metric"] == "GDP"
    assert found["subject"]["entity"] == "Canada"
    assert (found["value"]["facet"], found["value"]["direction"]) == ("change", "up")
    assert found["time"]["text"] == "the second quarter of 2012"


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        pytest.param("The seasonally adjusted quarterly real GDP grew by 5.8 percent in Q3.",
                     "5.8 percent", "GDP", id="the way a statistic is told"),
        pytest.param("Seasonally adjusted real gross domestic product (GDP) grew 5.8% "
                     "quarter-on-quarter.", "5.8%", "GDP", id="its full name"),
        pytest.param("Its adjusted operating profit rose 5.8% in the third quarter.", "5.8%",
                     "adjusted operating profit", id="another measure keeps them"),
    ],
)
def test_words_that_leave_a_statistic_as_it_is(
    nlp: Language, text: str, figure: str, metric: str
) -> None:
    assert metrics(nlp, text)[figure][0] == metric


def test_a_change_basis_is_no_measure(nlp: Language) -> None:
    """A paragraph's "YoY" heading, which the parser may take for the noun of the figure that
    follows, says how the change is measured, not what is measured."""
    text = ("On a quarterly basis, the Kingdom’s GDP expanded by 5.7% in Q3/2021 vs Q2/2020.\n"
            "YoY Oil operations jumped by 9.3% in Q3, the highest in 10 years, and by an "
            "impressive 12.7% on a quarterly basis.")
    doc = nlp(text)
    measures = {doc.text[r["start"]:r["end"]]: r.get("measure")
                for r in doc._.claimx_figures if r["label"] == "PERCENT"}
    assert "YoY" not in {measures["9.3%"], measures["12.7%"]}



def test_a_pronoun_that_is_all_a_share_would_measure_is_no_measure(nlp: Language) -> None:
    doc = nlp("Teenagers and politics\n\nIn the poll, 69% of those questioned said they "
              "turned to their fixed phone.")
    (record,) = [r for r in doc._.claimx_figures if r["label"] == "PERCENT"]
    assert record.get("measure") is None  # not "those"


def test_the_end_of_a_range_is_no_length_of_the_measure(nlp: Language) -> None:
    # "18 to 30-year-olds" are not 30-year-olds: the number ends a range, it is kept out
    metric, _ = metrics(nlp, "Labour wants 50% of 18 to 30-year-olds in higher education.")["50%"]
    assert metric is not None and "30" not in metric

//! Comparing two claims about the same thing: interval overlap with the
//! tolerance of their markers, dates by what they state.

use crate::claim::{Claim, ClaimValue};
use crate::corpus::Article;
use crate::extract::DateExpr;
use crate::grammar::Grammar;
use crate::value::{Approx, DateValue, Relation};
use chrono::Datelike;

/// How two claims relate, from best to worst.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verdict {
    Agree,
    /// A cumulative figure grew between two publication dates.
    Increase,
    /// A cumulative figure fell between two publication dates.
    Decrease,
    Discrepancy,
    Contradiction,
}

/// The country (or outermost entity) a place belongs to.
fn root(g: &Grammar, mut e: usize) -> usize {
    for _ in 0..8 {
        match g.entities[e].part_of {
            Some(parent) => e = parent,
            None => break,
        }
    }
    e
}

/// Is `inner` the same place as `outer`, or inside it?
fn within(g: &Grammar, inner: usize, outer: usize) -> bool {
    let mut e = inner;
    for _ in 0..8 {
        if e == outer {
            return true;
        }
        match g.entities[e].part_of {
            Some(parent) => e = parent,
            None => return false,
        }
    }
    false
}

/// Can two claims be about the same place? Places named in both sentences
/// must be the same or one inside the other; a place taken from the article
/// only needs the same country.
pub fn same_place(a: &Claim, b: &Claim, g: &Grammar) -> bool {
    match (a.place, b.place) {
        (Some(x), Some(y)) if a.place_inferred || b.place_inferred => root(g, x) == root(g, y),
        (Some(x), Some(y)) => within(g, x, y) || within(g, y, x),
        _ => true,
    }
}

/// Can two claims cover the same time window? The same scope, or one that
/// states none beside a dated or cumulative one. A rate ("par jour") or a
/// named scope only meets the same scope; a day's count never meets a
/// cumulative total.
pub fn same_scope(a: &Claim, b: &Claim, g: &Grammar) -> bool {
    if a.scope == b.scope {
        return true;
    }
    let named = |s: &str| s != CUMULATIVE && g.scopes.iter().any(|x| x.id == s);
    if named(&a.scope) || named(&b.scope) {
        return false;
    }
    // "depuis le début de l'année" and "depuis janvier" are both running
    // totals; a total and one day's count are not the same figure.
    if is_running(&a.scope) && is_running(&b.scope) {
        return a.scope == CUMULATIVE || b.scope == CUMULATIVE;
    }
    a.scope.is_empty() || b.scope.is_empty()
}

const CUMULATIVE: &str = "cumulative";

/// A running total: "au total", "depuis le début", "depuis janvier".
fn is_running(scope: &str) -> bool {
    scope == CUMULATIVE || scope.starts_with("since ")
}

/// A toll of one day ("120 interpellations dimanche soir") and a running
/// total published on a later day ("310 depuis le début des violences"):
/// the total includes that day, so it can only be as large or larger. A
/// larger total is an update, a smaller one is worth a warning.
fn day_then_total(a: &Claim, b: &Claim, articles: &[Article], g: &Grammar) -> Option<Verdict> {
    let cumulative = a.event.is_some_and(|e| g.events[e].cumulative) && a.event == b.event;
    let (day, total) = if a.scope.starts_with("on ") && is_running(&b.scope) {
        (a, b)
    } else if b.scope.starts_with("on ") && is_running(&a.scope) {
        (b, a)
    } else {
        return None;
    };
    let (pd, pt) = (articles[day.doc].published?, articles[total.doc].published?);
    if !cumulative || pt <= pd || !same_source(a, b, g) {
        return None;
    }
    match (day.value?, total.value?) {
        (ClaimValue::Amount(d), ClaimValue::Amount(t)) => Some(if d.overlaps(&t) {
            // "au moins 120" then exactly 310: the toll grew.
            let higher = t.min.zip(d.min).is_some_and(|(t, d)| t > d);
            if d.max.is_none() && t.min == t.max && higher {
                Verdict::Increase
            } else {
                Verdict::Agree
            }
        } else if t.min.zip(d.max).is_some_and(|(t, d)| t > d) {
            Verdict::Increase
        } else {
            Verdict::Decrease
        }),
        _ => None,
    }
}

/// Two figures attributed to two different bodies ("selon la CGT", "d'après
/// la préfecture") are each body's own count, not one claim: a fact-checker
/// sets them side by side, not against each other. A figure with no stated
/// source may be either's; so may a body of no known class ("l'état-major")
/// beside one of a class ("le ministère").
fn same_source(a: &Claim, b: &Claim, g: &Grammar) -> bool {
    let class = |s: &str| g.source_classes.iter().any(|c| c == s);
    match (&a.source, &b.source) {
        (Some(x), Some(y)) => x == y || class(x) != class(y),
        _ => true,
    }
}

/// Places the grammar does not know compare by name ("Sarn" is not "Kaldor";
/// "Saint-Aubrac" is "Saint-Aubrac-sur-Lize").
fn same_local_place(a: &Claim, b: &Claim) -> bool {
    match (&a.local_place, &b.local_place) {
        (Some(x), Some(y)) => x.starts_with(y.as_str()) || y.starts_with(x.as_str()),
        _ => true,
    }
}

/// Agents the grammar does not know are the same when they share a word
/// ("les avions de la coalition internationale", "par la coalition"); "la
/// coalition" and "l'armée de l'air gouvernementale" are two actors.
pub fn same_local_agent(a: Option<&[String]>, b: Option<&[String]>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x.iter().any(|w| y.contains(w)),
        _ => true,
    }
}

/// Two named actors are two claims ("Moscou" and "Ankara" each announce
/// their own figure); a figure whose actor is not named may be either's.
fn same_agent(a: &Claim, b: &Claim) -> bool {
    match (a.agent, b.agent) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// A date that only bounds when something happens ("avant l'été",
/// "jusqu'au 15 mars", "après le 3 mars").
fn is_bound(c: &Claim) -> bool {
    matches!(c.mention.relation, Relation::Until | Relation::After)
}

/// A bound and a day state nothing comparable; two ends of the same
/// thing do ("le préavis court jusqu'au 19 avril", "jusqu'au 21 avril").
fn bounds_differ(a: &Claim, b: &Claim) -> bool {
    let end = |c: &Claim| c.mention.relation == Relation::Until;
    (is_bound(a) || is_bound(b)) && !(end(a) && end(b))
}

/// A day and month written without year or weekday ("le duel du 29 mars"):
/// its year is only inferred from the publication date.
fn year_inferred(c: &Claim) -> bool {
    matches!(
        c.mention.date,
        Some(DateExpr::Calendar {
            year: None,
            month: Some(_),
            day: Some(_),
            weekday: None,
        })
    )
}

/// Two days that differ only by their year: what was written agrees, and
/// the year an inference chose says nothing either way.
fn same_day_of_year(x: DateValue, y: DateValue) -> bool {
    match (x, y) {
        (
            DateValue::Resolved {
                from: a, to: a2, ..
            },
            DateValue::Resolved {
                from: b, to: b2, ..
            },
        ) => a == a2 && b == b2 && a.month() == b.month() && a.day() == b.day(),
        _ => false,
    }
}

/// `None` when the two claims state nothing comparable.
pub fn verdict(a: &Claim, b: &Claim, articles: &[Article], g: &Grammar) -> Option<Verdict> {
    if !same_agent(a, b) || !same_place(a, b, g) || a.area != b.area {
        return None;
    }
    if !same_scope(a, b, g) {
        return day_then_total(a, b, articles, g);
    }
    let amounts = matches!(a.value, Some(ClaimValue::Amount(_)));
    if amounts && (!same_source(a, b, g) || !same_local_place(a, b)) {
        return None;
    }
    let (pa, pb) = (articles[a.doc].published, articles[b.doc].published);
    match (a.value?, b.value?) {
        // "avant l'été", "après le 3 mars": a bound, not the day itself.
        (ClaimValue::Date(_), ClaimValue::Date(_)) if bounds_differ(a, b) => None,
        (ClaimValue::Date(x), ClaimValue::Date(y)) => {
            // "avancée et débutera dès samedi", published after "la semaine
            // prochaine": the plan changed.
            let moved = (a.rescheduled && pa > pb) || (b.rescheduled && pb > pa);
            // Two days that differ only by a year inferred say nothing either.
            let inferred = (year_inferred(a) || year_inferred(b)) && same_day_of_year(x, y);
            if x.compatible(&y)? {
                Some(Verdict::Agree)
            } else if moved || inferred {
                None
            } else {
                Some(Verdict::Contradiction)
            }
        }
        (ClaimValue::Amount(x), ClaimValue::Amount(y)) => {
            let written = (x, y);
            // "54 %" beside "54,3 %": a figure stands for what it rounds.
            let (x, y) = (x.widen(a.rounding), y.widen(b.rounding));
            // "Plus de 600 opérations ont été déprogrammées depuis le début
            // de la crise" is a running total, whatever its event; "Au
            // total, 24 véhicules se sont retrouvés encastrés" only sums
            // what an event that does not grow counted.
            let fixed = a.event.is_some_and(|e| !g.events[e].cumulative);
            let running = |c: &Claim| is_running(&c.scope) && (c.scope != CUMULATIVE || !fixed);
            let cumulative =
                a.event.is_some_and(|e| g.events[e].cumulative) || running(a) || running(b);
            // "des milliers", "une centaine": a vague quantity agrees or
            // says nothing; it never contradicts a count.
            let vague = |c: &Claim| matches!(c.mention.approx, Approx::Vague);
            if (vague(a) || vague(b)) && !x.overlaps(&y) {
                return None;
            }
            if x.overlaps(&y) {
                // A provisional toll ("au moins neuf") overtaken by a later,
                // higher figure is an update, though the two overlap.
                if let (true, Some(pa), Some(pb)) = (cumulative, pa, pb) {
                    let (x, y) = written;
                    let (earlier, later) = if pa < pb { (x, y) } else { (y, x) };
                    let open_ended = earlier.max.is_none();
                    let higher = later.min.zip(earlier.min).is_some_and(|(l, e)| l > e);
                    let exact_later = later.min == later.max;
                    if pa != pb && open_ended && higher && exact_later {
                        return Some(Verdict::Increase);
                    }
                }
                return Some(Verdict::Agree);
            }
            if let (true, Some(pa), Some(pb)) = (cumulative, pa, pb) {
                if pa != pb {
                    let (earlier, later) = if pa < pb { (x, y) } else { (y, x) };
                    let grew = later.min.zip(earlier.max).is_some_and(|(l, e)| l > e);
                    return Some(if grew {
                        Verdict::Increase
                    } else {
                        Verdict::Decrease
                    });
                }
            }
            // "Le non l'emporte avec 61 %" beside "le oui n'a rassemblé que
            // 39 %": shares of one vote that make up the whole are its two
            // sides, which the articles do not always name.
            let shares = a.event.is_some_and(|e| g.events[e].shares);
            let whole = |lo: Option<f64>, hi: Option<f64>| {
                lo.zip(hi)
                    .is_some_and(|(lo, hi)| lo <= 100.0 && 100.0 <= hi)
            };
            if shares
                && whole(
                    x.min.zip(y.min).map(|(p, q)| p + q),
                    x.max.zip(y.max).map(|(p, q)| p + q),
                )
            {
                return None;
            }
            // How close two figures are is how close they are written: "cinq
            // étages" and "six étages" are a sixth apart, though each stands
            // for half a floor either side.
            let exact = |c: &Claim| matches!(c.mention.approx, Approx::Exact);
            let (wx, wy) = written;
            if wx.relative_gap(&wy) <= g.discrepancy_tolerance && (exact(a) || exact(b)) {
                Some(Verdict::Discrepancy)
            } else {
                Some(Verdict::Contradiction)
            }
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    /// The finding kinds between two articles published on the given days.
    fn findings(batch: &[(&str, &str)]) -> Vec<String> {
        let texts: Vec<String> = batch
            .iter()
            .map(|(date, text)| format!("---\ndate: {date}\n---\n{text}\n"))
            .collect();
        let (articles, claims, g) = crate::check::test_batch(&texts, None);
        let mut kinds: Vec<String> = crate::check::check(&claims, &articles, &g)
            .into_iter()
            .map(|f| f.kind.name())
            .collect();
        kinds.sort();
        kinds
    }

    /// Each row: an article published on `day`, and the finding kinds
    /// between it and the articles `before` it.
    fn against(before: &[(&str, &str)], day: &str, cases: &[(&str, &[&str])]) {
        for (last, want) in cases {
            let mut batch = before.to_vec();
            batch.push((day, last));
            assert_eq!(findings(&batch), *want, "{last}");
        }
    }

    /// Each row: two articles published the same day, and the finding
    /// kinds between them.
    fn same_day(cases: &[(&str, &str, &[&str])]) {
        let day = "2024-06-10";
        for (a, b, want) in cases {
            let mut want = want.to_vec();
            want.sort();
            assert_eq!(findings(&[(day, a), (day, b)]), want, "{a} / {b}");
        }
    }

    /// A noun that says nothing of who is counted ("personnes") is not
    /// the count of another article's event on the same noun.
    #[test]
    fn a_vague_noun_alone() {
        let missing = "Quatre personnes sont toujours portées disparues.";
        let cases: &[(&str, &[&str])] = &[
            (
                "Plus de 600 personnes se sont succédé devant la mairie.",
                &[],
            ),
            (
                "Plus de 600 passagers se sont succédé devant la mairie.",
                &[],
            ),
        ];
        against(&[("2026-03-09", missing)], "2026-03-10", cases);
    }

    /// A day that a third article contradicts is still corroborated by a
    /// second that says the same day; not by one that says it in part.
    #[test]
    fn a_contested_day_and_its_witness() {
        let day = "2026-03-17";
        let monday = (
            day,
            "Un pan de falaise s'est détaché lundi au-dessus de la route.",
        );
        let other = (day, "L'éboulement est survenu le 14 mars.");
        let cases: &[(&str, &[&str])] = &[
            (
                "L'éboulement est survenu le 16 mars.",
                &["contradiction", "corroboration"],
            ),
            ("L'éboulement est survenu en mars.", &["contradiction"]),
        ];
        against(&[monday, other], day, cases);
    }

    /// A plan that moved between two publications is not a contradiction;
    /// one that nobody says moved is.
    #[test]
    fn a_plan_that_moved() {
        let before = "La campagne de vaccination débutera le 16 novembre.";
        let cases: &[(&str, &[&str])] = &[
            (
                "La campagne de vaccination a été avancée et débutera le 14 novembre.",
                &[],
            ),
            (
                "La campagne de vaccination débutera le 14 novembre.",
                &["contradiction"],
            ),
        ];
        against(&[("2026-11-09", before)], "2026-11-13", cases);
    }

    #[test]
    fn a_day_then_a_running_total() {
        let day = "Au moins 120 personnes ont été interpellées dimanche soir.";
        let cases: &[(&str, &str, &[&str])] = &[
            // The total, published later, grew past the first day's toll.
            (
                "2024-06-11",
                "Le nombre de personnes interpellées depuis le début des violences s'élève à 310.",
                &["update"],
            ),
            // A total published the same day says nothing about growth.
            (
                "2024-06-10",
                "Le nombre de personnes interpellées depuis le début des violences s'élève à 310.",
                &[],
            ),
            // A total below the first day's toll is worth a warning.
            (
                "2024-06-11",
                "Au total, 80 personnes ont été interpellées depuis le début des violences.",
                &["update"],
            ),
        ];
        for (date, total, want) in cases {
            assert_eq!(
                findings(&[("2024-06-10", day), (date, total)]),
                *want,
                "{date}: {total}"
            );
        }
    }

    /// A figure with no marker stands for what it rounds, within the
    /// grammar's `round_tolerance`; figures written to the unit do not.
    #[test]
    fn a_round_figure_stands_for_what_it_rounds() {
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "Le oui l'emporte avec 54,3 % des voix.",
                "Le oui l'emporte avec 54 % des voix.",
                &["corroboration"],
            ),
            (
                "La campagne a distribué 2,5 millions de doses.",
                "La campagne a distribué 2 480 000 doses.",
                &["corroboration"],
            ),
            (
                "Le séisme a fait 10 000 morts.",
                "Le séisme a fait 10 400 morts.",
                &["corroboration"],
            ),
            // Written to the unit: 300 is not 310.
            (
                "Le séisme a fait 300 morts.",
                "Le séisme a fait 310 morts.",
                &["discrepancy"],
            ),
            // "2 000" rounds at most 5 %, not to the thousand.
            (
                "Le séisme a fait 2 000 morts.",
                "Le séisme a fait 2 400 morts.",
                &["contradiction"],
            ),
            // Half a unit either side does not make 5 and 6 close.
            (
                "Le séisme a fait cinq morts.",
                "Le séisme a fait six morts.",
                &["contradiction"],
            ),
        ];
        same_day(cases);
    }

    /// Figures that look like two counts of one thing but are not, and
    /// the few that are.
    #[test]
    fn what_two_figures_are_about() {
        let cases: &[(&str, &str, &[&str])] = &[
            // An estimate of one figure can be wrong; an order of magnitude
            // only agrees or says nothing.
            (
                "L'explosion a fait 42 morts.",
                "L'explosion a fait une soixantaine de morts.",
                &["contradiction"],
            ),
            (
                "L'explosion a fait 420 morts.",
                "L'explosion a fait des centaines de morts.",
                &["corroboration"],
            ),
            (
                "L'explosion a fait 42 morts.",
                "L'explosion a fait des centaines de morts.",
                &[],
            ),
            // A noun alone meets another article's event on the same noun;
            // a noun that says nothing of who is counted does not.
            (
                "L'usine de Montbazière, qui emploie 412 salariés, va fermer.",
                "Les 421 salariés de l'usine ont appris la nouvelle mardi.",
                &["discrepancy"],
            ),
            // A figure with a unit and no event meets one whose sentence
            // shares a word with its own, and only to agree.
            (
                "Selon la chambre, 62 % de la récolte est anéantie.",
                "Plus de 60 % de la récolte est d'ores et déjà perdue.",
                &["corroboration"],
            ),
            (
                "La caution a été fixée à 150 000 euros.",
                "Une facture de 150 000 euros a été saisie.",
                &[],
            ),
            (
                "Le réservoir, d'une capacité de 12 000 mètres cubes, a brûlé.",
                "Le feu s'est déclaré dans un réservoir de 21 000 mètres cubes.",
                &[],
            ),
            // ... and it meets an event claim of another article whose
            // sentence shares two such words, to agree.
            (
                "Le taux de réussite des candidats au baccalauréat atteint 85,6 %.",
                "Au baccalauréat, 85,6 % des candidats inscrits sont admis dès le premier groupe.",
                &["corroboration"],
            ),
            (
                "Les sommes détournées au détriment de la commune atteignent 1,8 million d'euros.",
                "La commune dispose d'un budget d'investissement de 1,8 million d'euros.",
                &[],
            ),
            // A day without an event is what its sentence says happened
            // then; not when the sentence counts something.
            (
                "Le vote solennel a eu lieu le 9 juin à l'Assemblée.",
                "Mardi 9 juin, l'Assemblée a procédé au vote solennel.",
                &["corroboration"],
            ),
            (
                "En 2025, 3 112 personnes ont été tuées sur les routes.",
                "Sur les routes, 3 305 personnes sont mortes en 2025, selon la police.",
                &[],
            ),
            // What was added to a toll is not the toll.
            (
                "Le naufrage a fait cinq morts.",
                "Les corps de deux marins supplémentaires ont été repêchés.",
                &[],
            ),
            (
                "Quatre personnes ont perdu la vie dans le déraillement.",
                "Deux passagers ont succombé à leurs blessures, ce qui porte à quatre le nombre de personnes décédées.",
                &["corroboration"],
            ),
            // The two sides of one vote.
            (
                "Le non l'emporte avec 61 % des suffrages exprimés.",
                "Le oui n'a rassemblé que 39 % des suffrages exprimés.",
                &[],
            ),
            // Abstention is not turnout.
            (
                "La participation s'est élevée à 64 %.",
                "L'abstention s'est limitée à 36 %.",
                &[],
            ),
            // A counted noun alone does not say which set is counted: far
            // apart, two such counts are not set against each other; close,
            // they are worth a look.
            (
                "124 communes sont en situation de crise.",
                "57 communes sont en alerte renforcée.",
                &[],
            ),
            (
                "Le non a recueilli 3 182 voix.",
                "Le non totalise 3 128 voix.",
                &["discrepancy"],
            ),
            // A part names what its whole counts.
            (
                "L'Union démocratique a remporté 112 des 250 sièges.",
                "Avec 87 sièges sur les 250, l'Union démocratique sort affaiblie.",
                &["corroboration", "contradiction"],
            ),
            // An article that holds two values the comparison would set
            // against each other tells them apart by something else.
            (
                "En 2025, 3 112 personnes ont été tuées sur les routes. Les deux-roues ont compté 612 décès en 2025.",
                "En 2025, 3 305 personnes ont trouvé la mort sur les routes.",
                &[],
            ),
            // A rise says how something changed, not what.
            (
                "Les prix ont progressé de 3,4 %.",
                "Les ventes sont en hausse de 2,3 %.",
                &[],
            ),
            // Whose vote share, when neither article says?
            (
                "La candidate obtiendrait 35 % des suffrages au premier tour.",
                "La tête de liste n'y recueille que 24 % des suffrages au premier tour.",
                &[],
            ),
            // "au lendemain de l'Assomption" is a point of reference.
            (
                "Le samedi 15 août, 9 200 passagers ont embarqué.",
                "Dimanche 16 août, au lendemain de la fête de l'Assomption, 8 700 passagers ont embarqué.",
                &[],
            ),
            (
                "La défense antiaérienne a intercepté 17 drones.",
                "La nuit suivante a été plus calme : l'armée dit n'avoir intercepté que cinq drones.",
                &[],
            ),
            // "une demi-douzaine" is an estimate of six.
            (
                "Six surveillants étaient présents, selon l'administration.",
                "Une demi-douzaine de surveillants étaient présents, selon l'administration.",
                &["corroboration"],
            ),
            // Two ends of the same notice.
            (
                "Le préavis de grève court jusqu'au 19 avril.",
                "Le préavis de grève court jusqu'au 21 avril.",
                &["contradiction"],
            ),
            // An end is not a start.
            (
                "Le préavis de grève court jusqu'au 19 avril.",
                "Le préavis de grève court à partir du 12 avril.",
                &[],
            ),
            // The whole island is not one of its towns.
            (
                "Au total, 1 340 habitations ont été détruites sur l'ensemble de l'île.",
                "À Saint-Baptiste, 410 maisons ont été détruites.",
                &[],
            ),
            // Sailing boats are boats; votes are votes, whatever the word.
            (
                "Sept voiliers ont chaviré pendant la course.",
                "Pendant la course, 7 bateaux ont chaviré.",
                &["corroboration"],
            ),
            (
                "La motion a recueilli 262 voix.",
                "La motion a recueilli 262 suffrages.",
                &["corroboration"],
            ),
        ];
        same_day(cases);
    }

    /// A running total ("depuis le début de la crise") published later than
    /// a figure of the same thing is an update, whatever its event.
    #[test]
    fn a_running_total_later_is_an_update() {
        let first = ("2024-02-11", "380 opérations ont été déprogrammées.");
        let later = (
            "2024-02-13",
            "Plus de 600 opérations ont dû être déprogrammées depuis le début de la crise.",
        );
        assert_eq!(findings(&[first, later]), ["update"]);
    }

    /// "Au total" sums what a fixed count of a past event counted: two
    /// days later, a different figure contradicts it.
    #[test]
    fn a_sum_of_a_past_event_does_not_grow() {
        let first = (
            "2026-01-16",
            "Quarante-deux véhicules s'étaient percutés dans le brouillard.",
        );
        let later = (
            "2026-01-17",
            "Au total, 24 véhicules se sont retrouvés encastrés.",
        );
        assert_eq!(findings(&[first, later]), ["contradiction"]);
    }

    /// A year inferred from the publication date does not contradict one
    /// that is written or read from the weekday.
    #[test]
    fn an_inferred_year_does_not_contradict() {
        let with_weekday = ("2026-03-23", "Le second tour aura lieu dimanche 29 mars.");
        let cases: &[(&str, &[&str])] = &[
            (
                "Le candidat se qualifie pour le second tour du 29 mars.",
                &[],
            ),
            (
                "Le candidat se qualifie pour le second tour du 28 mars.",
                &["contradiction"],
            ),
        ];
        against(&[with_weekday], "2026-03-23", cases);
    }

    #[test]
    fn a_bound_is_not_a_date() {
        let launched = ("2024-06-11", "L'opération a été lancée le 10 juin.");
        let cases: &[(&str, &[&str])] = &[
            ("L'opération a été lancée le 8 juin.", &["contradiction"]),
            ("L'opération a été lancée avant le 9 juin.", &[]),
            ("L'opération a été lancée après le 12 juin.", &[]),
        ];
        for (other, want) in cases {
            assert_eq!(
                findings(&[launched, ("2024-06-12", other)]),
                *want,
                "{other}"
            );
        }
    }

    /// A figure with no day, beside an article that gives two days apart,
    /// is about the day it agrees with; it contradicts only if it agrees
    /// with none.
    #[test]
    fn a_figure_without_a_day_is_one_of_the_days_told_apart() {
        let two_days = (
            "2024-02-02",
            "Le taux de grévistes est tombé à 12 % vendredi. La veille, il avait atteint 38 %.",
        );
        let cases: &[(&str, &[&str])] = &[
            (
                "Le rectorat a compté 38 % de grévistes.",
                &["corroboration"],
            ),
            (
                "Le rectorat a compté 25 % de grévistes.",
                &["contradiction"],
            ),
        ];
        for (other, want) in cases {
            assert_eq!(
                findings(&[("2024-02-01", other), two_days]),
                *want,
                "{other}"
            );
        }
    }
}

using System.Collections.Immutable;
using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Recognition.Entities;

namespace Marsad.Events.Arguments;

/// <summary>
/// The argument passes of issue 18 that read the scan's events against the sentence tokens, in order: an outlet a
/// statement was given to is no side (<see cref="Outlets"/>), a spokesman's deeds are his body's (<see cref="Spokesmen"/>), an attacker named only by a nationality is that
/// country's forces (<see cref="NationalForces"/>), a call is the caller's (<see cref="Calls"/>), a weapon's
/// or target's owner and a force's leader (<see cref="Owners"/>), the two parties of a meeting or deal
/// (<see cref="Parties"/>), a protest's organiser (<see cref="Organisers"/>), a phase verb's subject
/// (<see cref="PhaseVerbs"/>), what a side speaks in (<see cref="StatementFrames"/>), the other side behind مع
/// (<see cref="Partners"/>), a call's addressee in its trigger (<see cref="Addressees"/>), whose words a reaction rejects (<see cref="RejectedWords"/>), where a force
/// withdraws from (<see cref="Withdrawals"/>), the object inside a trigger's gap (<see cref="GapObjects"/>), the victim's nationality (<see cref="Victims"/>), the object's nationality (<see cref="ObjectNationalities"/>), the side behind a preposition the object governs (<see cref="GovernedObjects"/>), a country so named that the recognisers read as an ordinary word (<see cref="GovernedCountries"/>), the subject of a relative clause on the object (<see cref="RelativeOwners"/>), an actor named by its class (<see cref="AgentNouns"/>), a force the text gives no country (<see cref="UnplacedForces"/>), the armed group among the sides of a clash (<see cref="ClashSides"/>), a state's force that gives the toll of armed men (<see cref="ReportingForces"/>), the date of a sentence that continues the one before (<see cref="FollowUpDates"/>), the subject a participle of circumstance shares (<see cref="Circumstantials"/>), the object after a phrase set off by commas (<see cref="Insertions"/>), the object pronoun on the verb (<see cref="ObjectPronouns"/>), a country named as the actor's neighbour (<see cref="Neighbours"/>), the side behind لـ after a support noun (<see cref="Beneficiaries"/>), a speaker's own country (<see cref="OwnCountries"/>), the object a joined verb shares with the one before it (<see cref="SharedRecipients"/>), a claimed attack's claimant (<see cref="Claims"/>), the attack a condemnation with no object of its own points at (<see cref="CondemnedAttacks"/>), and last a response follows its referent's new actor (<see cref="Repointing"/>). They run after the decision, so
/// the event model reads the same features whatever they change.
/// </summary>
internal static class AfterScan
{
    /// <param name="force">The id of a country's forces: (country, security) → the army's or the security forces' side.</param>
    /// <param name="country">Makes a country the recognisers did not name a side: its id → the side's id.</param>
    /// <param name="agent">Makes the knowledge-base entity of a class of agents a side (<see cref="AgentNouns"/>).</param>
    /// <param name="forces">The knowledge base's forces without a country, by name (<see cref="UnplacedForces"/>).</param>
    /// <param name="pointed">The responses the scan pointed back at an earlier event (<see cref="Repointing"/>).</param>
    /// <param name="datelineEnd">The first token after the text's dateline, which names no subject.</param>
    public static ImmutableArray<EventRecord> Apply(
        EventDocument doc, ImmutableArray<EventRecord> events, Func<string, bool, string> force, Func<string, string> country,
        Func<string, string?> agent, TokenTrie<KbInstitution> forces, IReadOnlyList<(string Response, PloverType Type)> pointed, int datelineEnd)
    {
        // No event, nothing to rewrite: every pass below edits the events it is given and makes none, and each would
        // make its closure for nothing.
        if (events.IsEmpty)
        {
            return events;
        }

        var scanned = events;
        events = NationalForces.Apply(doc, Spokesmen.Apply(doc, Outlets.Apply(doc, events)), force);
        events = Calls.Apply(doc, events);
        events = Owners.Apply(doc, events, force, country);
        events = Parties.Apply(doc, events);
        events = Organisers.Apply(doc, events);
        events = PhaseVerbs.Apply(doc, events, country);
        events = StatementFrames.Apply(doc, events, country);
        events = Partners.Apply(doc, events, country);
        events = Beneficiaries.Apply(doc, events, country);
        events = Addressees.Apply(doc, events, country);
        events = RejectedWords.Apply(doc, events, country);
        events = Withdrawals.Apply(doc, events, country);
        events = GapObjects.Apply(doc, events, country);
        events = Victims.Apply(doc, events, country);
        events = ObjectNationalities.Apply(doc, events, country);
        events = GovernedObjects.Apply(doc, events, country);
        events = GovernedCountries.Apply(doc, events, country);
        events = RelativeOwners.Apply(doc, events, country);
        events = AgentNouns.Apply(doc, events, agent);
        events = UnplacedForces.Apply(doc, events, forces, agent);
        events = ClashSides.Apply(doc, events);
        events = ReportingForces.Apply(doc, events, agent);
        events = FollowUpDates.Apply(doc, events);
        events = Circumstantials.Apply(doc, events, datelineEnd);
        events = Insertions.Apply(doc, events, country);
        events = ObjectPronouns.Apply(doc, events, country);
        events = Neighbours.Apply(doc, events, country);
        events = OwnCountries.Apply(doc, events, country);
        events = SharedRecipients.Apply(doc, events);
        events = Claims.Apply(doc, events);
        events = CondemnedAttacks.Apply(doc, events);
        return Repointing.Apply(scanned, events, pointed);
    }
}

package io.github.collabkit.model;

import io.github.collabkit.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A collaboration between organizations: an agreement, memorandum of understanding, strategic
 * partnership, joint lab, consortium or academic workplace, with its parties, signatories, dates,
 * work areas and provenance.
 *
 * <p>Construction checks what can never be valid (fewer than two distinct parties, an empty
 * title); rules that involve other entities, such as a signatory without a role at the party they
 * signed for, are reported by {@link io.github.collabkit.validate.LandscapeValidator}.
 *
 * <pre>{@code
 * Partnership agreement = Partnership.builder()
 *     .ref(PartnershipRef.of("lumc-ul-2021"))
 *     .title(LocalizedText.enNl("LUMC and Leiden University research IT agreement",
 *         "Samenwerkingsovereenkomst onderzoeks-IT LUMC en Universiteit Leiden"))
 *     .kind(PartnershipKind.COLLABORATION_AGREEMENT)
 *     .status(PartnershipStatus.SIGNED)
 *     .addParty(Participation.of(OrganizationRef.of("lumc"), PartyRole.PARTNER))
 *     .addParty(Participation.of(OrganizationRef.of("leiden-university"), PartyRole.PARTNER))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@CollabkitStyle
public abstract class Partnership implements WithPartnership, Entity<PartnershipRef> {

  /** Subclassed only by the implementation Immutables generates in this package. */
  Partnership() {}

  /**
   * Returns the typed reference to this partnership. Its {@linkplain PartnershipRef#key() key} (such as
   * {@code lumc-ul-2021}) is unique in the landscape and is the {@code key} field in JSON. Required.
   *
   * @return the typed reference
   */
  @Override
  public abstract PartnershipRef ref();

  /**
   * Returns the title in one or more languages. Required, not empty.
   *
   * @return the title
   */
  public abstract LocalizedText title();

  /**
   * Returns the form of the partnership. Required; binds {@link PartnershipKind}.
   *
   * @return the kind
   */
  public abstract PartnershipKind kind();

  /**
   * Returns where the partnership stands. Binds {@link PartnershipStatus}; defaults to
   * {@link PartnershipStatus#SIGNED}.
   *
   * @return the status
   */
  @Value.Default
  public PartnershipStatus status() {
    return PartnershipStatus.SIGNED;
  }

  /**
   * Returns a summary in collabkit's own words.
   *
   * @return the text, empty when not given
   */
  @Value.Default
  public LocalizedText description() {
    return LocalizedText.empty();
  }

  /**
   * Returns the parties with their roles, each with its own status and period: current, former,
   * or prospective (foreseen to join, such as German universities that may join in time). At
   * least two distinct organizations that have joined.
   *
   * @return the parties in order
   */
  public abstract List<Participation> parties();

  /**
   * Returns who signed, on behalf of which party. Zero or more.
   *
   * @return the signatories
   */
  public abstract List<Signatory> signatories();

  /**
   * Returns the signing occasion of this partnership alone, embedded. A partnership signed at an
   * occasion shared with other agreements refers to that {@link Event} with {@link #signedAt()}
   * instead (never both); {@link Landscape#signingOf(Partnership)} gives either.
   *
   * @return the event, if the partnership was signed and the source says when
   */
  public abstract Optional<SigningEvent> signing();

  /**
   * Returns the event at which the partnership was signed, such as a ceremony shared with other
   * agreements. Binds {@link Event} keys of the landscape; not given together with {@link
   * #signing()}.
   *
   * @return the event, if the partnership was signed at one the landscape holds
   */
  public abstract Optional<EventRef> signedAt();

  /**
   * Returns the period the partnership runs, when known.
   *
   * @return the period
   */
  public abstract Optional<Period> period();

  /**
   * Returns the topics the partnership works on. Zero or more.
   *
   * @return the work areas
   */
  public abstract List<WorkArea> workAreas();

  /**
   * Returns theme codes, defined as concepts of scheme {@code theme} in the landscape, such as
   * {@code regenerative-medicine}.
   *
   * @return the theme codes
   */
  public abstract Set<String> themes();

  /**
   * Returns the geographic reach when the source states it; otherwise it can be derived from the
   * parties' locations. Binds {@link GeographicScope}.
   *
   * @return the scope, if stated
   */
  public abstract Optional<GeographicScope> scope();

  /**
   * Returns the instruments the partnership sets up, such as a stimulation fund. Zero or more.
   *
   * @return the instruments
   */
  public abstract List<Instrument> instruments();

  /**
   * Returns the grants and other funding of the partnership, each with its funder and, when the
   * source states them, programme, grant code, amount and period, as OpenAIRE's project funding and
   * CERIF's funding link record them. Zero or more; amounts are never added up.
   *
   * @return the fundings
   */
  public abstract List<Funding> fundings();

  /**
   * Returns figures the source states about the partnership, such as a number of participants or
   * studies. Zero or more; each unit binds a concept of scheme {@code unit} in the landscape.
   *
   * @return the figures
   */
  public abstract List<Quantity> figures();

  /**
   * Returns what the partners intend but have not done yet. Zero or more.
   *
   * @return the ambitions
   */
  public abstract List<Ambition> ambitions();

  /**
   * Returns links to earlier partnerships this one continues, extends or intensifies. Zero or
   * more.
   *
   * @return the links
   */
  public abstract List<PartnershipLink> links();

  /**
   * Returns the infrastructures the partnership concerns as a whole (work areas name their own).
   * Zero or more.
   *
   * @return the infrastructures
   */
  public abstract List<InfrastructureRef> infrastructures();

  /**
   * Returns the strategy action lines the partnership is recorded under. Zero or more.
   *
   * @return the action lines
   */
  public abstract List<ActionLineRef> actionLines();

  /**
   * Returns the sources this entity's facts come from. Binds {@link Source} keys of the
   * landscape; empty when not recorded.
   *
   * @return the source references
   */
  @Override
  public abstract List<SourceRef> sources();

  /**
   * Returns how the dataset knows particular statements about this entity: stated by a source,
   * inferred, taken from a registry or an editorial rule. Zero or more; a statement not listed is
   * covered by {@link #sources()} as a whole.
   *
   * @return the statements
   */
  public abstract List<Statement> statements();

  /**
   * Returns the distinct organizations taking part or that took part, in order of first
   * appearance; prospective parties, which have not joined, are left out.
   *
   * @return the organizations
   */
  public List<OrganizationRef> organizations() {
    return parties().stream().filter(Participation::isJoined).map(Participation::organization)
        .distinct().collect(Collectors.toList());
  }

  /**
   * Returns the distinct organizations whose participation may hold on a day: not prospective,
   * and not certainly outside their own period, in order of first appearance.
   *
   * @param day the day, such as {@code LocalDate.of(2025, 7, 2)}
   * @return the organizations
   * @throws NullValueException when the day is null
   */
  public List<OrganizationRef> organizationsOn(LocalDate day) {
    Checks.argument("day", day);
    return parties().stream().filter(p -> p.mayHoldOn(day)).map(Participation::organization)
        .distinct().collect(Collectors.toList());
  }

  /**
   * Tells whether an organization is a party that has joined (current or former).
   *
   * @param organization the organization
   * @return {@code true} if some participation of that organization is not prospective
   */
  public boolean involves(OrganizationRef organization) {
    return parties().stream().anyMatch(p -> p.isJoined() && p.organization().equals(organization));
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Partnership}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutablePartnership.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    String key = key();
    if (title().isEmpty()) {
      throw new InvalidValueException("partnership", key, "title", "must be given in at least one language");
    }
    long distinct = organizations().size();
    if (distinct < 2) {
      throw new InvalidValueException("partnership", key, "parties",
          "needs at least 2 distinct organizations, got " + distinct
              + (parties().stream().anyMatch(p -> !p.isJoined()) ? "; prospective parties have not joined and do not count" : ""));
    }
    themes().forEach(t -> Checks.code("partnership", key, "themes", t));
    if (signing().isPresent() && signedAt().isPresent()) {
      throw new InvalidValueException("partnership", key, "signedAt",
          "give the signing either embedded (signing) or as an event (signedAt), not both");
    }
  }
}

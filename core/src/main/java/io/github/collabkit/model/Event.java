package io.github.collabkit.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An occasion at which one or more agreements were signed, such as the ceremony at the French
 * residence in The Hague on 2 July 2025 where three Franco-Dutch agreements were signed: when and
 * where, who hosted it, and who attended in which part.
 *
 * <p>Partnerships signed there refer to the event with {@link Partnership#signedAt()}; {@link
 * Landscape#partnershipsSignedAt(EventRef)} lists them and {@link Landscape#signingOf(Partnership)}
 * gives any partnership's signing, embedded or at an event. Rules across entities (the host and the
 * attendees exist, a partnership's signatories attended) are reported by {@link
 * io.github.collabkit.validate.LandscapeValidator}.
 *
 * <pre>{@code
 * Event ceremony = Event.builder().ref(EventRef.of("fr-nl-signing-2025-07-02"))
 *     .title(LocalizedText.enNl("Signing of Franco-Dutch research agreements",
 *         "Ondertekening van Frans-Nederlandse onderzoeksovereenkomsten"))
 *     .date(PartialDate.of(2025, 7, 2))
 *     .place(LocalizedText.enNl("French residence", "Franse residentie"))
 *     .location(Location.of("NL", "Den Haag"))
 *     .mode(SigningMode.IN_PERSON)
 *     .addAttendee(Attendee.of(PersonRef.of("marlies-reinders"), AttendeeRole.SIGNATORY))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@CollabkitStyle
public abstract class Event implements WithEvent, Entity<EventRef> {

  /** Subclassed only by the implementation Immutables generates in this package. */
  Event() {}

  /**
   * Returns the typed reference to this event. Its {@linkplain EventRef#key() key} is unique in the
   * landscape and is the {@code key} field in JSON. Required.
   *
   * @return the typed reference
   */
  @Override
  public abstract EventRef ref();

  /**
   * Returns a title in one or more languages, in collabkit's own words. Required, not empty.
   *
   * @return the title
   */
  public abstract LocalizedText title();

  /**
   * Returns what happened, in collabkit's own words.
   *
   * @return the text, empty when not given
   */
  @Value.Default
  public LocalizedText description() {
    return LocalizedText.empty();
  }

  /**
   * Returns the date of the event, at the precision the source gives. Required.
   *
   * @return the date
   */
  public abstract PartialDate date();

  /**
   * Returns how the date relates to the moment, such as {@code before} for 'just before
   * Christmas'. Binds {@link DateQualifier}.
   *
   * @return the qualifier, if the source qualifies the date
   */
  public abstract Optional<DateQualifier> dateQualifier();

  /**
   * Returns the place, such as the French residence.
   *
   * @return the text, empty when not given
   */
  @Value.Default
  public LocalizedText place() {
    return LocalizedText.empty();
  }

  /**
   * Returns the country and city where the event took place, such as NL, Den Haag.
   *
   * @return the location, if known
   */
  public abstract Optional<Location> location();

  /**
   * Returns the organization that hosted the event, when the source names one.
   *
   * @return the host, if stated
   */
  public abstract Optional<OrganizationRef> host();

  /**
   * Returns how the participants met. Binds {@link SigningMode}.
   *
   * @return the mode, if known
   */
  public abstract Optional<SigningMode> mode();

  /**
   * Returns the occasion, such as a state visit, when the source names one.
   *
   * @return the text, empty when not given
   */
  @Value.Default
  public LocalizedText occasion() {
    return LocalizedText.empty();
  }

  /**
   * Returns the people who attended with their parts, each person once. Zero or more.
   *
   * @return the attendees
   */
  public abstract List<Attendee> attendees();

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
   * Returns the attendee entry of a person.
   *
   * @param person the person
   * @return the entry, or empty when the person is not listed
   */
  public Optional<Attendee> attendee(PersonRef person) {
    return attendees().stream().filter(a -> a.person().equals(person)).findFirst();
  }

  /**
   * Returns the signing of one partnership at this event: its date, qualifier, place, city, mode
   * and occasion, in the form a partnership embeds.
   *
   * @return the signing
   */
  public SigningEvent asSigning() {
    return SigningEvent.builder().date(date()).dateQualifier(dateQualifier()).place(place())
        .city(location().flatMap(Location::city)).mode(mode()).occasion(occasion()).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Event}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableEvent.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (title().isEmpty()) {
      throw new InvalidValueException("event", key(), "title", "must be given in at least one language");
    }
    Set<PersonRef> seen = new HashSet<>();
    for (Attendee a : attendees()) {
      if (!seen.add(a.person())) {
        throw new InvalidValueException("event", key(), "attendees",
            "person '" + a.person().key() + "' is listed more than once; give one entry with all their roles");
      }
    }
  }
}

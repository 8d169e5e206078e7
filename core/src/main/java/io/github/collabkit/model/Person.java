package io.github.collabkit.model;

import io.github.collabkit.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * A person named in collaboration data, such as a signatory of an agreement or the head of a
 * department, with the positions they hold.
 */
@Value.Immutable
@CollabkitStyle
public abstract class Person implements WithPerson, Entity<PersonRef> {

  /** Subclassed only by the implementation Immutables generates in this package. */
  Person() {}

  /**
   * Returns the typed reference to this person. Its {@linkplain PersonRef#key() key} (such as
   * {@code kim-smit}) is unique in the landscape and is the {@code key} field in JSON. Required.
   *
   * @return the typed reference
   */
  @Override
  public abstract PersonRef ref();

  /**
   * Returns the person's full name as written, such as {@code Kim Smit}. Required, not blank.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the positions the person holds or held. Zero or more.
   *
   * @return the roles
   */
  public abstract List<Role> roles();

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
   * Tells whether the person holds a role at an organization.
   *
   * @param organization the organization
   * @return {@code true} if any role is at that organization
   */
  public boolean hasRoleAt(OrganizationRef organization) {
    return roles().stream().anyMatch(r -> r.organization().equals(organization));
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Person}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank("person", key(), "name", name());
  }
}

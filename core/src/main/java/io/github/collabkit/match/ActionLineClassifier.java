package io.github.collabkit.match;

import io.github.collabkit.internal.Checks;
import io.github.collabkit.UnknownKeyException;
import io.github.collabkit.internal.OrganizationHierarchy;
import io.github.collabkit.match.ClassificationReason.Criterion;
import io.github.collabkit.model.ActionLine;
import io.github.collabkit.model.EntityRef;
import io.github.collabkit.model.GeographicScope;
import io.github.collabkit.model.Infrastructure;
import io.github.collabkit.model.InfrastructureKind;
import io.github.collabkit.model.InfrastructureParticipation;
import io.github.collabkit.model.InfrastructureRef;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.LocalizedText;
import io.github.collabkit.model.Location;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationType;
import io.github.collabkit.model.Partnership;
import io.github.collabkit.model.PartnershipKind;
import io.github.collabkit.model.Sector;
import io.github.collabkit.model.Strategy;
import io.github.collabkit.model.StrategyRef;
import io.github.collabkit.model.Vocabulary;
import io.github.collabkit.model.WorkArea;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Assigns partnerships and infrastructures to a strategy's action lines, with reasons, from the
 * rules the {@link ActionLine}s hold as data.
 *
 * <p>For the umc strategy 2025-2030 a partnership with a company falls under public-private
 * partnerships, one with Leiden University under inter-university collaboration, an academic
 * workplace with care organizations under regional collaboration, and an agreement to share HPC
 * systems under smart concentration; one partnership can fall under several lines. The rules, read
 * from each line (see {@link ActionLine} for the data):
 * <ul>
 *   <li><b>partners.</b> A party (for an infrastructure: an organization behind it, in any role)
 *       is a partner when another party belongs to a different organization that owns the line's
 *       strategy; when no owner takes part, every party is a partner. So in LUMC and Philips only
 *       Philips is a partner, and in a consortium of the seven umc's every umc is one. A unit (an
 *       organization with a parent) belongs to its top-level organization and counts with the
 *       types of its ancestors and, when it states none, their sector: LUMC's Parasitology
 *       department is LUMC, never LUMC's partner;</li>
 *   <li><b>deciding criteria.</b> A partner has one of the line's {@linkplain
 *       ActionLine#partnerTypes() types} or {@linkplain ActionLine#partnerSectors() sectors}; or the
 *       infrastructure, or one the partnership or its work areas concern, is of one of the line's
 *       {@linkplain ActionLine#infrastructureKinds() infrastructure kinds};</li>
 *   <li><b>supporting criteria.</b> The partnership is of one of the line's {@linkplain
 *       ActionLine#partnershipKinds() kinds}; a word of the title, description or work areas (for an
 *       infrastructure: names and description), in any language, starts with one of the line's
 *       {@linkplain ActionLine#keywords() keywords}, ignoring case and diacritics. They add reasons
 *       to a line that a deciding criterion put the subject under; they decide only for a line that
 *       names no deciding criterion. (Kinds such as "collaboration agreement" and words such as
 *       "region" or "valorisation" are too common to decide on their own.);</li>
 *   <li><b>reach.</b> When the line has {@linkplain ActionLine#scopes() scopes}, the reach must not
 *       be known to lie outside them. The reach is the stated {@code scope()}; when none is stated
 *       and the parties lie in two or more countries it is international; otherwise it is unknown
 *       and does not exclude. A line excluded by reach is reported as a {@link
 *       Classification.Exclusion} with the criteria that matched.</li>
 * </ul>
 * The action lines recorded on a partnership ({@link Partnership#actionLines()}) are not read: the
 * classifier derives them, so the two can be compared.
 *
 * <p>Instances are immutable and thread-safe; build one per landscape and reuse it. Building costs
 * O(organizations + total keywords), whatever the depth of units. Classifying one partnership costs
 * O(parties x lines + text length x keywords); reasons and explanations are allocated per call, which suits
 * reports rather than inner loops.
 *
 * <pre>{@code
 * ActionLineClassifier classifier = ActionLineClassifier.of(landscape);
 * Classification c = classifier.classify(landscape.partnership(PartnershipRef.of("lumc-ul-2021")).orElseThrow());
 * c.lines();          // [smart-concentration, inter-university]
 * c.explain("nl");    // one line per action line, with the reasons in Dutch
 * }</pre>
 */
public final class ActionLineClassifier {
  private final Landscape landscape;
  private final OrganizationHierarchy hierarchy;
  private final List<Rule> rules;

  private ActionLineClassifier(Landscape landscape, List<Strategy> strategies) {
    this.landscape = landscape;
    this.hierarchy = OrganizationHierarchy.of(landscape);
    List<Rule> built = new ArrayList<>();
    for (Strategy strategy : strategies) {
      Set<OrganizationRef> owners = new HashSet<>();
      strategy.owners().forEach(o -> owners.add(hierarchy.top(o)));
      for (ActionLine line : strategy.actionLines()) {
        built.add(new Rule(line, owners));
      }
    }
    this.rules = List.copyOf(built);
  }

  /**
   * Returns a classifier for the action lines of every strategy in a landscape, in landscape and
   * strategy order; each line's partners are judged against the owners of its own strategy.
   *
   * @param landscape the landscape whose organizations and infrastructures the rules look up
   * @return the classifier
   */
  public static ActionLineClassifier of(Landscape landscape) {
    Checks.argument("landscape", landscape);
    return new ActionLineClassifier(landscape, landscape.strategies());
  }

  /**
   * Returns a classifier for the action lines of one strategy.
   *
   * @param landscape the landscape whose organizations and infrastructures the rules look up
   * @param strategy the strategy's key, such as {@code umc-strategy-2025-2030}
   * @return the classifier
   * @throws UnknownKeyException when the landscape has no such strategy
   */
  public static ActionLineClassifier of(Landscape landscape, StrategyRef strategy) {
    Checks.argument("landscape", landscape);
    Strategy s = landscape.strategy(strategy)
        .orElseThrow(() -> new UnknownKeyException("action line classifier", "strategy", strategy.key()));
    return new ActionLineClassifier(landscape, List.of(s));
  }

  /**
   * Returns the action lines this classifier assigns to.
   *
   * @return the lines, in strategy order
   */
  public List<ActionLine> actionLines() {
    return rules.stream().map(r -> r.line).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Classifies every partnership of the landscape.
   *
   * @return one classification per partnership, in landscape order
   */
  public List<Classification> classifyPartnerships() {
    return landscape.partnerships().stream().map(this::classify).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Classifies every infrastructure of the landscape.
   *
   * @return one classification per infrastructure, in landscape order
   */
  public List<Classification> classifyInfrastructures() {
    return landscape.infrastructures().stream().map(this::classify).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Classifies a partnership, which need not be part of the landscape; its parties and
   * infrastructures are looked up there.
   *
   * @param partnership the partnership
   * @return the lines it falls under with reasons, and the lines excluded by reach
   */
  public Classification classify(Partnership partnership) {
    Checks.argument("partnership", partnership);
    Subject subject = new Subject(partnership.ref(), LocalizedText.enNl("party", "partij"));
    subject.partnershipKind = partnership.kind();
    partnership.organizations().forEach(subject::addOrganization);
    Set<InfrastructureRef> infras = new LinkedHashSet<>(partnership.infrastructures());
    StringBuilder text = new StringBuilder();
    appendAll(text, partnership.title());
    appendAll(text, partnership.description());
    for (WorkArea area : partnership.workAreas()) {
      infras.addAll(area.infrastructures());
      appendAll(text, area.title());
      appendAll(text, area.description());
    }
    for (InfrastructureRef ref : infras) {
      Optional<Infrastructure> infra = landscape.infrastructure(ref);
      if (infra.isPresent()) {
        subject.infrastructures.add(infra.get());
      } else {
        subject.unresolved.add(ref);
      }
    }
    subject.text = Text.normalize(text.toString());
    subject.statedScope = partnership.scope();
    return subject.classify();
  }

  /**
   * Classifies an infrastructure, which need not be part of the landscape; the organizations
   * behind it are looked up there.
   *
   * @param infrastructure the infrastructure
   * @return the lines it falls under with reasons, and the lines excluded by reach
   */
  public Classification classify(Infrastructure infrastructure) {
    Checks.argument("infrastructure", infrastructure);
    Subject subject = new Subject(infrastructure.ref(), LocalizedText.enNl("organization", "organisatie"));
    infrastructure.organizations().stream().filter(InfrastructureParticipation::isJoined)
        .map(InfrastructureParticipation::organization).distinct().forEach(subject::addOrganization);
    subject.ownKinds = infrastructure.kinds();
    StringBuilder text = new StringBuilder();
    for (Name name : infrastructure.names()) {
      text.append(name.value()).append(' ');
    }
    appendAll(text, infrastructure.description());
    subject.text = Text.normalize(text.toString());
    subject.statedScope = infrastructure.scope();
    return subject.classify();
  }

  private static void appendAll(StringBuilder sb, LocalizedText text) {
    for (String t : text.asMap().values()) {
      sb.append(t).append(' ');
    }
  }

  /** One action line with its criteria prepared for testing. */
  private static final class Rule {
    final ActionLine line;
    final Set<OrganizationType> types;
    final Set<Sector> sectors;
    final List<String> keywords;
    final List<String> normalizedKeywords;
    final Set<OrganizationRef> owners;
    final boolean decidedByPartnersOrInfrastructures;

    Rule(ActionLine line, Set<OrganizationRef> owners) {
      this.line = line;
      this.owners = Set.copyOf(owners);
      this.decidedByPartnersOrInfrastructures = !line.partnerTypes().isEmpty() || !line.partnerSectors().isEmpty()
          || !line.infrastructureKinds().isEmpty();
      this.types = line.partnerTypes().isEmpty() ? Set.of() : EnumSet.copyOf(line.partnerTypes());
      this.sectors = line.partnerSectors().isEmpty() ? Set.of() : EnumSet.copyOf(line.partnerSectors());
      List<String> kw = new ArrayList<>(new TreeSet<>(line.keywords()));
      this.keywords = List.copyOf(kw);
      this.normalizedKeywords = kw.stream().map(Text::normalizeTerm).collect(Collectors.toUnmodifiableList());
    }
  }

  /** What one classification call knows about its subject. */
  private final class Subject {
    final EntityRef key;
    final LocalizedText partyWord;
    final List<OrganizationRef> organizations = new ArrayList<>();
    final List<Infrastructure> infrastructures = new ArrayList<>();
    final List<EntityRef> unresolved = new ArrayList<>();
    PartnershipKind partnershipKind;
    Set<InfrastructureKind> ownKinds = Set.of();
    String text = " ";
    Optional<GeographicScope> statedScope = Optional.empty();

    Subject(EntityRef key, LocalizedText partyWord) {
      this.key = key;
      this.partyWord = partyWord;
    }

    void addOrganization(OrganizationRef ref) {
      organizations.add(ref);
      if (landscape.organization(ref).isEmpty()) {
        unresolved.add(ref);
      }
    }

    Classification classify() {
      Reach reach = reach();
      List<Classification.Assignment> assignments = new ArrayList<>();
      List<Classification.Exclusion> exclusions = new ArrayList<>();
      for (Rule rule : rules) {
        List<ClassificationReason> deciding = deciding(rule);
        List<ClassificationReason> supporting = supporting(rule);
        if (rule.decidedByPartnersOrInfrastructures ? deciding.isEmpty() : supporting.isEmpty()) {
          continue;
        }
        List<ClassificationReason> reasons = new ArrayList<>(deciding);
        reasons.addAll(supporting);
        Set<GeographicScope> scopes = rule.line.scopes();
        if (!scopes.isEmpty() && reach.scope != null && !scopes.contains(reach.scope)) {
          exclusions.add(new Classification.Exclusion(rule.line, reasons, outside(reach, scopes)));
        } else {
          assignments.add(new Classification.Assignment(rule.line, reasons));
        }
      }
      return new Classification(key, assignments, exclusions, unresolved);
    }

    /** Returns the parties that count as partners for a line's strategy, in order of appearance. */
    List<OrganizationRef> partners(Rule rule) {
      Set<OrganizationRef> ownersTakingPart = new HashSet<>();
      for (OrganizationRef org : organizations) {
        OrganizationRef top = hierarchy.top(org);
        if (rule.owners.contains(top)) {
          ownersTakingPart.add(top);
        }
      }
      if (ownersTakingPart.isEmpty()) {
        return organizations;
      }
      // A party counts when an owner other than its own top organization takes part.
      List<OrganizationRef> partners = new ArrayList<>();
      for (OrganizationRef org : organizations) {
        if (ownersTakingPart.size() > 1 || !ownersTakingPart.contains(hierarchy.top(org))) {
          partners.add(org);
        }
      }
      return partners;
    }

    List<ClassificationReason> deciding(Rule rule) {
      List<ClassificationReason> reasons = new ArrayList<>();
      for (OrganizationRef org : partners(rule)) {
        Set<OrganizationType> types = hierarchy.effectiveTypes(org);
        for (OrganizationType type : rule.types) {
          if (types.contains(type)) {
            reasons.add(new ClassificationReason(Criterion.PARTNER_TYPE, type.code(), Optional.of(org),
                labelled(partyWord, name(org), "type", "type", type)));
          }
        }
        Optional<Sector> sector = hierarchy.effectiveSector(org);
        if (sector.isPresent() && rule.sectors.contains(sector.get())) {
          reasons.add(new ClassificationReason(Criterion.PARTNER_SECTOR, sector.get().code(), Optional.of(org),
              labelled(partyWord, name(org), "sector", "sector", sector.get())));
        }
      }
      for (InfrastructureKind kind : ownKinds) {
        if (rule.line.infrastructureKinds().contains(kind)) {
          reasons.add(new ClassificationReason(Criterion.INFRASTRUCTURE_KIND, kind.code(), Optional.empty(),
              LocalizedText.enNl("kind: " + kind.label("en"), "soort: " + kind.label("nl"))));
        }
      }
      for (Infrastructure infra : infrastructures) {
        for (InfrastructureKind kind : infra.kinds()) {
          if (rule.line.infrastructureKinds().contains(kind)) {
            reasons.add(new ClassificationReason(Criterion.INFRASTRUCTURE_KIND, kind.code(), Optional.of(infra.ref()),
                labelled(LocalizedText.enNl("infrastructure", "infrastructuur"),
                    LocalizedText.enNl(infra.displayName("en"), infra.displayName("nl")), "kind", "soort", kind)));
          }
        }
      }
      return reasons;
    }

    List<ClassificationReason> supporting(Rule rule) {
      List<ClassificationReason> reasons = new ArrayList<>();
      if (partnershipKind != null && rule.line.partnershipKinds().contains(partnershipKind)) {
        reasons.add(new ClassificationReason(Criterion.PARTNERSHIP_KIND, partnershipKind.code(), Optional.empty(),
            LocalizedText.enNl("kind: " + partnershipKind.label("en"), "soort: " + partnershipKind.label("nl"))));
      }
      for (int i = 0; i < rule.keywords.size(); i++) {
        if (Text.hasWordStartingWith(text, rule.normalizedKeywords.get(i))) {
          String kw = rule.keywords.get(i);
          reasons.add(new ClassificationReason(Criterion.KEYWORD, kw, Optional.empty(),
              LocalizedText.enNl("keyword '" + kw + "' in the text", "trefwoord '" + kw + "' in de tekst")));
        }
      }
      return reasons;
    }

    Reach reach() {
      if (statedScope.isPresent()) {
        return new Reach(statedScope.get(), LocalizedText.enNl("stated", "vermeld"));
      }
      Set<String> countries = new TreeSet<>();
      for (OrganizationRef org : organizations) {
        hierarchy.effectiveLocation(org).map(Location::countryCode).ifPresent(countries::add);
      }
      if (countries.size() > 1) {
        String list = String.join(", ", countries);
        return new Reach(GeographicScope.INTERNATIONAL,
            LocalizedText.enNl("parties in " + list, "partijen in " + list));
      }
      return new Reach(null, LocalizedText.empty());
    }

    LocalizedText name(OrganizationRef ref) {
      Optional<Organization> self = landscape.organization(ref);
      if (self.isEmpty()) {
        return LocalizedText.enNl(ref.key(), ref.key());
      }
      OrganizationRef topRef = hierarchy.top(ref);
      if (topRef.equals(ref)) {
        return LocalizedText.enNl(self.get().displayName("en"), self.get().displayName("nl"));
      }
      Organization top = landscape.organization(topRef).orElseThrow();
      return LocalizedText.enNl(self.get().displayName("en") + " (unit of " + top.displayName("en") + ")",
          self.get().displayName("nl") + " (onderdeel van " + top.displayName("nl") + ")");
    }
  }

  private static LocalizedText labelled(LocalizedText word, LocalizedText name, String fieldEn, String fieldNl,
      Vocabulary value) {
    return LocalizedText.enNl(word.text("en") + " " + name.text("en") + ": " + fieldEn + " " + value.label("en"),
        word.text("nl") + " " + name.text("nl") + ": " + fieldNl + " " + value.label("nl"));
  }

  private static LocalizedText outside(Reach reach, Set<GeographicScope> scopes) {
    String en = scopes.stream().sorted().map(s -> s.label("en")).collect(Collectors.joining(", "));
    String nl = scopes.stream().sorted().map(s -> s.label("nl")).collect(Collectors.joining(", "));
    return LocalizedText.enNl(
        "reach " + reach.scope.label("en") + " (" + reach.basis.text("en") + ") is outside the line's scope " + en,
        "reikwijdte " + reach.scope.label("nl") + " (" + reach.basis.text("nl") + ") valt buiten de reikwijdte van de lijn: " + nl);
  }

  /** The reach of a subject and what it is based on; {@code scope} is null when unknown. */
  private record Reach(GeographicScope scope, LocalizedText basis) {}

}

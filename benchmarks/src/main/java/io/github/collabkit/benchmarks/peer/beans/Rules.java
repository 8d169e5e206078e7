package io.github.collabkit.benchmarks.peer.beans;

import io.github.collabkit.benchmarks.peer.beans.LandscapeBean.IdentifierBean;
import io.github.collabkit.benchmarks.peer.beans.LandscapeBean.InfrastructureBean;
import io.github.collabkit.benchmarks.peer.beans.LandscapeBean.OrganizationBean;
import io.github.collabkit.benchmarks.peer.beans.LandscapeBean.PartnershipBean;
import io.github.collabkit.benchmarks.peer.beans.LandscapeBean.PeriodBean;
import io.github.collabkit.model.IdentifierScheme;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The validators of the custom constraints. Each implements the same rule as collabkit, the way a
 * Bean Validation user would write it.
 */
final class Rules {
  private Rules() {}

  /** Validates {@link ValidIdentifier} with the scheme's own rule. */
  public static final class ValidIdentifierValidator implements ConstraintValidator<ValidIdentifier, IdentifierBean> {
    @Override
    public boolean isValid(IdentifierBean value, ConstraintValidatorContext context) {
      return value == null || value.scheme() == null || value.value() == null
          || IdentifierScheme.fromCode(value.scheme()).problem(value.value()).isEmpty();
    }
  }

  /** Validates {@link DistinctParties}. */
  public static final class DistinctPartiesValidator implements ConstraintValidator<DistinctParties, List<?>> {
    @Override
    public boolean isValid(List<?> value, ConstraintValidatorContext context) {
      return value != null && new HashSet<>(value).size() >= 2;
    }
  }

  /** Validates {@link EndNotBeforeStart}; ISO dates of equal precision compare as strings. */
  public static final class EndNotBeforeStartValidator implements ConstraintValidator<EndNotBeforeStart, PeriodBean> {
    @Override
    public boolean isValid(PeriodBean value, ConstraintValidatorContext context) {
      if (value == null || value.start() == null || value.end() == null) {
        return true;
      }
      int n = Math.min(value.start().length(), value.end().length());
      return value.end().substring(0, n).compareTo(value.start().substring(0, n)) >= 0;
    }
  }

  /** Validates {@link ConsistentReferences}, reporting each problem as its own violation. */
  public static final class ConsistentReferencesValidator
      implements ConstraintValidator<ConsistentReferences, LandscapeBean> {
    @Override
    public boolean isValid(LandscapeBean l, ConstraintValidatorContext context) {
      if (l == null) {
        return true;
      }
      Problems problems = new Problems(context);
      Set<String> organizations = keys(problems, "organizations", l.organizations().stream().map(OrganizationBean::key).toList());
      Set<String> partnerships = keys(problems, "partnerships", l.partnerships().stream().map(PartnershipBean::key).toList());
      Set<String> infrastructures = keys(problems, "infrastructures", l.infrastructures().stream().map(InfrastructureBean::key).toList());
      Set<String> sources = keys(problems, "sources", l.sources());
      for (OrganizationBean o : l.organizations()) {
        if (o.parent() != null) {
          refs(problems, "organizations[" + o.key() + "].parent", List.of(o.parent()), organizations);
        } else if (o.types().contains("department")) {
          problems.add("organizations[" + o.key() + "].parent", "a department names no parent");
        }
        sourced(problems, "organizations[" + o.key() + "]", o.sources(), sources);
      }
      for (PartnershipBean p : l.partnerships()) {
        refs(problems, "partnerships[" + p.key() + "].parties", p.parties(), organizations);
        concepts(problems, "partnerships[" + p.key() + "].themes", "theme", p.themes(), l.concepts());
        sourced(problems, "partnerships[" + p.key() + "]", p.sources(), sources);
      }
      for (InfrastructureBean i : l.infrastructures()) {
        String at = "infrastructures[" + i.key() + "]";
        refs(problems, at + ".organizations", i.organizations(), organizations);
        if (i.partOf() != null) {
          refs(problems, at + ".partOf", List.of(i.partOf()), infrastructures);
        }
        if (i.organizations().isEmpty() && i.partOf() == null) {
          problems.add(at + ".organizations", "names no organization and is part of no infrastructure");
        }
        concepts(problems, at + ".themes", "theme", i.themes(), l.concepts());
        concepts(problems, at + ".capabilities", "capability", i.capabilities(), l.concepts());
        sourced(problems, at, i.sources(), sources);
      }
      return problems.count == 0;
    }

    private static Set<String> keys(Problems problems, String list, List<String> keys) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < keys.size(); i++) {
        if (!seen.add(keys.get(i))) {
          problems.add(list + "[" + i + "].key", "key '" + keys.get(i) + "' is used more than once");
        }
      }
      return seen;
    }

    private static void refs(Problems problems, String at, Collection<String> refs, Set<String> known) {
      for (String ref : refs) {
        if (!known.contains(ref)) {
          problems.add(at, "'" + ref + "' does not exist in the landscape");
        }
      }
    }

    private static void concepts(Problems problems, String at, String scheme, Set<String> codes, Set<String> defined) {
      for (String code : codes) {
        if (!defined.contains(scheme + ":" + code)) {
          problems.add(at, "'" + code + "' is not defined in scheme '" + scheme + "'");
        }
      }
    }

    private static void sourced(Problems problems, String at, List<String> refs, Set<String> sources) {
      if (refs.isEmpty()) {
        problems.add(at + ".sources", "no source is recorded");
      }
      refs(problems, at + ".sources", refs, sources);
    }
  }

  /** Adds violations to a context. */
  private static final class Problems {
    final ConstraintValidatorContext context;
    int count;

    Problems(ConstraintValidatorContext context) {
      this.context = context;
    }

    void add(String path, String message) {
      if (count++ == 0) {
        context.disableDefaultConstraintViolation();
      }
      context.buildConstraintViolationWithTemplate(path + ": " + message.replace("{", "\\{").replace("$", "\\$"))
          .addConstraintViolation();
    }
  }
}

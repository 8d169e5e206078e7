package io.github.collabkit.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of collabkit's model: generated classes are package-private and hidden
 * behind the abstract types ({@code Partnership.builder()}, {@code withX} copies returning {@code
 * Partnership}), no Guava, and construction failures are collabkit's own exceptions.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    throwForInvalidImmutableState = IncompleteValueException.class,
    throwForNullPointer = NullValueException.class,
    depluralize = true,
    depluralizeDictionary = {"party:parties", "person:people", "capability:capabilities",
        "ambition:ambitions", "principle:principles", "alias:aliases"})
@interface CollabkitStyle {}

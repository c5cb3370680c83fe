package dev.augur.processor.model;

import javax.lang.model.element.ExecutableElement;

/**
 * A DAO method Augur implements. One record per kind of method; the DAO generator dispatches on
 * them in one place ({@code DaoGenerator.generate}).
 */
public sealed interface DaoMethodModel permits QueryMethodModel, ProviderMethodModel {
  String name();

  ExecutableElement element();
}

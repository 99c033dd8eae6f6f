import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { ConsoleContext } from '../../../console-context.js';
import {
  ExemptionCertificateInputView,
  PlaceOfBusinessInputView,
  PlaceOfBusinessView,
  SavedExemptionCertificateView,
  TaxRegistrationInputView,
  TaxRegistrationView,
  placeOfBusinessView,
  savedCertificateView,
  taxRegistrationView,
} from './tax-setup.type.js';

/**
 * The shop's own tax facts (place of business, registrations, certificates). Writes are
 * mutations: viewers are refused by the console's operation rules before they run, and the
 * service refuses them again.
 */
@Resolver()
export class TaxSetupResolver {
  @Query(() => PlaceOfBusinessView, {
    nullable: true,
    description:
      "The shop's place of business with the combined rate at its address today; null when none is on file (sales tax then refuses with NO_PLACE_OF_BUSINESS).",
  })
  async placeOfBusiness(@Ctx() ctx: ConsoleContext): Promise<PlaceOfBusinessView | null> {
    const place = await ctx.services.taxSetup.placeOfBusiness(ctx);
    return place ? placeOfBusinessView(place) : null;
  }

  @Query(() => [TaxRegistrationView], {
    description: 'Where the shop is registered to collect sales tax, by state.',
  })
  async taxRegistrations(@Ctx() ctx: ConsoleContext): Promise<TaxRegistrationView[]> {
    return (await ctx.services.taxSetup.taxRegistrations(ctx)).map(taxRegistrationView);
  }

  @Mutation(() => PlaceOfBusinessView, {
    description:
      "Sets the shop's one place of business. INVALID_INPUT (field, reason) for a state without rate tables (the message names the twelve), a ZIP not in the state's table, or a name another location has.",
  })
  async setPlaceOfBusiness(
    @Ctx() ctx: ConsoleContext,
    @Arg('input', () => PlaceOfBusinessInputView) input: PlaceOfBusinessInputView,
  ): Promise<PlaceOfBusinessView> {
    return placeOfBusinessView(await ctx.services.taxSetup.setPlaceOfBusiness(ctx, input));
  }

  @Mutation(() => TaxRegistrationView, {
    description:
      'Registers the shop in a state or changes that registration. INVALID_INPUT for a state without filing rules, a date not YYYY-MM-DD, or a frequency the state does not assign.',
  })
  async saveTaxRegistration(
    @Ctx() ctx: ConsoleContext,
    @Arg('input', () => TaxRegistrationInputView) input: TaxRegistrationInputView,
  ): Promise<TaxRegistrationView> {
    return taxRegistrationView(await ctx.services.taxSetup.saveTaxRegistration(ctx, input));
  }

  @Mutation(() => TaxRegistrationView, {
    description: 'Removes the registration in a state and returns it; NOT_FOUND without one.',
  })
  async removeTaxRegistration(
    @Ctx() ctx: ConsoleContext,
    @Arg('state') state: string,
  ): Promise<TaxRegistrationView> {
    return taxRegistrationView(await ctx.services.taxSetup.removeTaxRegistration(ctx, state));
  }

  @Mutation(() => SavedExemptionCertificateView, {
    description:
      'Adds a certificate, or replaces the one with id. NOT_FOUND for an id or customerId not of this workspace; INVALID_INPUT for an expiry before the issue date or a bad date, state or kind.',
  })
  async saveExemptionCertificate(
    @Ctx() ctx: ConsoleContext,
    @Arg('input', () => ExemptionCertificateInputView) input: ExemptionCertificateInputView,
  ): Promise<SavedExemptionCertificateView> {
    return savedCertificateView(await ctx.services.taxSetup.saveExemptionCertificate(ctx, input));
  }

  @Mutation(() => SavedExemptionCertificateView, {
    description: 'Removes a certificate and returns it; NOT_FOUND when not of this workspace.',
  })
  async removeExemptionCertificate(
    @Ctx() ctx: ConsoleContext,
    @Arg('id', () => ID) id: string,
  ): Promise<SavedExemptionCertificateView> {
    return savedCertificateView(await ctx.services.taxSetup.removeExemptionCertificate(ctx, id));
  }
}

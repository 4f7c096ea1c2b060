import type { CompanyDirectory } from './company-directory.ts';
import { type CompanyLink, type CompanyLinkOptions, createCompanyLink } from './company-link.ts';
import { CompanyNotFoundError } from './errors.ts';

/** The links of all companies, one per company for the life of the process. */
export interface CompanyLinks {
  /**
   * The link of an active company. Throws `CompanyNotFoundError` for an unknown or inactive
   * company, `CompanyUnavailableError` when its stored configuration is unusable.
   */
  get(companyId: string): Promise<CompanyLink>;
}

export type CompanyLinksOptions = CompanyLinkOptions;

export function createCompanyLinks(
  directory: CompanyDirectory,
  options: CompanyLinksOptions = {},
): CompanyLinks {
  const links = new Map<string, { url: string; key: string; slug: string; link: CompanyLink }>();
  return {
    async get(companyId) {
      // The directory's short cache is what makes a deactivation or a new key take effect.
      const company = await directory.get(companyId);
      if (!company?.active) {
        links.delete(companyId);
        throw new CompanyNotFoundError(companyId);
      }
      const cached = links.get(company.id);
      if (
        cached &&
        cached.url === company.supabaseUrl &&
        cached.key === company.secretKey &&
        cached.slug === company.slug
      ) {
        return cached.link;
      }
      const link = createCompanyLink(company, options);
      links.set(company.id, {
        url: company.supabaseUrl,
        key: company.secretKey,
        slug: company.slug,
        link,
      });
      return link;
    },
  };
}

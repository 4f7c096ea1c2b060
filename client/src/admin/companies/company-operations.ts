import { graphql } from '../../__generated__/index.ts';

export const AdminCompanyFields = graphql(`
  fragment AdminCompanyFields on AdminCompany {
    id
    name
    slug
    active
    supabaseUrl
    secretKeySet
    secretKeyLast4
    createdAt
    updatedAt
    contact {
      legalName
      address
      taxNumber
      phone
      email
      website
    }
  }
`);

export const AdminCompaniesQuery = graphql(`
  query AdminCompanies($search: String, $active: Boolean) {
    admin {
      companies(search: $search, active: $active) {
        ...AdminCompanyFields
      }
    }
  }
`);

export const AdminCompanyQuery = graphql(`
  query AdminCompany($id: ID!) {
    admin {
      company(id: $id) {
        ...AdminCompanyFields
      }
    }
  }
`);

export const CompanySetupQuery = graphql(`
  query AdminCompanySetup {
    admin {
      companySetup {
        script
        fileName
        contractVersion
      }
    }
  }
`);

export const CreateCompanyMutation = graphql(`
  mutation AdminCreateCompany($input: CreateCompanyInput!) {
    createCompany(input: $input) {
      company {
        ...AdminCompanyFields
      }
      error {
        code
        message
        field
      }
    }
  }
`);

export const UpdateCompanyMutation = graphql(`
  mutation AdminUpdateCompany($id: ID!, $input: UpdateCompanyInput!) {
    updateCompany(id: $id, input: $input) {
      company {
        ...AdminCompanyFields
      }
      error {
        code
        message
        field
      }
    }
  }
`);

export const SetCompanyActiveMutation = graphql(`
  mutation AdminSetCompanyActive($id: ID!, $active: Boolean!) {
    setCompanyActive(id: $id, active: $active) {
      company {
        ...AdminCompanyFields
      }
      error {
        code
        message
        field
      }
    }
  }
`);

export const TestCompanyConnectionMutation = graphql(`
  mutation AdminTestCompanyConnection($input: CompanyConnectionTestInput!) {
    testCompanyConnection(input: $input) {
      ok
      failedStep
      contractVersion
      expectedContractVersion
      latencyMs
      catalogCounts {
        materials
        edgeBandings
        accessories
      }
      steps {
        kind
        status
        detail
      }
      error {
        code
        message
        field
      }
    }
  }
`);

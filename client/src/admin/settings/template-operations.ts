import { graphql } from '../../__generated__/index.ts';

export const MailTemplateFields = graphql(`
  fragment MailTemplateFields on MailTemplate {
    kind
    locale
    subject
    body
    customized
    placeholders
    defaultSubject
    defaultBody
    updatedAt
  }
`);

export const AdminMailTemplatesQuery = graphql(`
  query AdminMailTemplates {
    admin {
      mailTemplates {
        ...MailTemplateFields
      }
    }
  }
`);

export const PreviewMailTemplateQuery = graphql(`
  query AdminPreviewMailTemplate($input: MailTemplateInput!) {
    admin {
      previewMailTemplate(input: $input) {
        subject
        text
        html
        error {
          code
          message
          field
        }
      }
    }
  }
`);

export const UpdateMailTemplateMutation = graphql(`
  mutation AdminUpdateMailTemplate($input: MailTemplateInput!) {
    updateMailTemplate(input: $input) {
      template {
        ...MailTemplateFields
      }
      error {
        code
        message
        field
      }
    }
  }
`);

export const ResetMailTemplateMutation = graphql(`
  mutation AdminResetMailTemplate($kind: MailTemplateKind!, $locale: Locale!) {
    resetMailTemplate(kind: $kind, locale: $locale) {
      template {
        ...MailTemplateFields
      }
      error {
        code
        message
        field
      }
    }
  }
`);

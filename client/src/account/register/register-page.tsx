import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { type FormErrors, useForm } from '@mantine/form';
import { IconArrowLeft, IconArrowRight, IconCheck } from '@tabler/icons-react';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../../__generated__/index.ts';
import { parseLanguage } from '../../i18n/language.ts';
import { type AccountFailure, accountFailure } from '../account-failure.ts';
import { BillingFields } from '../billing-fields.tsx';
import { billingInputOf } from '../billing-values.ts';
import { focusFirstError } from '../focus-first-error.ts';
import { FormAlert } from '../form-alert.tsx';
import { mapFailureToForm } from '../form-error-mapping.ts';
import { useFailureTranslator } from '../use-failure-translator.ts';
import { usePasswordPolicy } from '../use-password-policy.ts';
import { AccountStep } from './account-step.tsx';
import { CompaniesStep } from './companies-step.tsx';
import {
  emptyRegisterValues,
  REGISTER_STEPS,
  type RegisterValues,
  registerFieldsByStep,
  registerStepSchemas,
  stepOfField,
} from './register-values.ts';

const SignUpMutation = graphql(`
  mutation RegisterPage_SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      ok
      customerId
      error {
        code
        message
        field
        retryAfterSeconds
      }
    }
  }
`);

const LAST_STEP = REGISTER_STEPS.length - 1;
const allFields = REGISTER_STEPS.flatMap((step) => registerFieldsByStep[step]);

/** `/register`: account, billing details, companies and emails, in three steps. */
export function RegisterPage() {
  const { t, i18n } = useTranslation();
  const translate = useFailureTranslator();
  const navigate = useNavigate();
  const policy = usePasswordPolicy();
  const [active, setActive] = useState(0);
  const [failure, setFailure] = useState<AccountFailure>();
  const [signUp] = useMutation(SignUpMutation);
  const schemas = useMemo(() => registerStepSchemas(t, policy), [t, policy]);
  // The validator reads the step at call time; the form keeps one validator for its life.
  const activeRef = useRef(active);
  activeRef.current = active;
  const form = useForm<RegisterValues>({
    initialValues: emptyRegisterValues(),
    validate: (values) => zod4Resolver(schemas[activeRef.current] ?? schemas[0])(values),
  });

  // A new step starts at its first field, for keyboard users; not on the first visit.
  const stepChanged = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a step change moves focus.
  useEffect(() => {
    if (!stepChanged.current) {
      stepChanged.current = true;
      return;
    }
    const first = registerFieldsByStep[REGISTER_STEPS[active]!][0];
    if (first) requestAnimationFrame(() => form.getInputNode(first)?.focus());
  }, [active]);

  const showFailure = (problem: AccountFailure) => {
    const mapped = mapFailureToForm(
      problem,
      {
        fields: allFields,
        codeFields: { EMAIL_TAKEN: 'email', WEAK_PASSWORD: 'password' },
      },
      translate,
    );
    const [field, message] = Object.entries(mapped.fieldErrors)[0] ?? [];
    if (field && message) {
      setFailure(undefined);
      setActive(stepOfField(field));
      form.setFieldError(field, message);
      focusFirstError({ [field]: message });
    } else {
      setFailure(problem);
    }
  };

  const submit = async (values: RegisterValues) => {
    if (active < LAST_STEP) {
      setActive(active + 1);
      return;
    }
    setFailure(undefined);
    const email = values.email.trim();
    const result = await signUp({
      variables: {
        input: {
          name: values.name.trim(),
          email,
          password: values.password,
          ...(values.mobile.trim() ? { mobile: values.mobile.trim() } : {}),
          locale: parseLanguage(i18n.resolvedLanguage) === 'en' ? 'EN' : 'HU',
          billing: billingInputOf(values.billing),
          companyIds: values.companyIds,
          notificationPreferences: values.notifications,
        },
      },
    });
    const problem = accountFailure(result.data?.signUp.error, result.error);
    if (problem) {
      showFailure(problem);
      return;
    }
    if (!result.data?.signUp.ok) {
      setFailure({ code: 'UNKNOWN' });
      return;
    }
    await navigate('/register/check-email', { state: { email } });
  };

  const onValidationFailure = (errors: FormErrors) => focusFirstError(errors);

  return (
    <Stack gap="lg" maw={720} mx="auto" py="md">
      <Stack gap={4}>
        <Title order={1}>{t('register.title')}</Title>
        <Text c="dimmed">{t('register.intro')}</Text>
      </Stack>
      <Paper withBorder p={{ base: 'md', sm: 'xl' }} radius="md">
        <form onSubmit={form.onSubmit(submit, onValidationFailure)} noValidate>
          <Stack gap="lg">
            <Text size="sm" c="dimmed" aria-live="polite" data-testid="register-progress">
              {t('register.progress', { step: active + 1, total: REGISTER_STEPS.length })}
            </Text>
            <Stepper
              active={active}
              onStepClick={setActive}
              allowNextStepsSelect={false}
              size="sm"
              data-testid="register-stepper"
            >
              {REGISTER_STEPS.map((step) => (
                <Stepper.Step
                  key={step}
                  label={t(`register.steps.${step}`)}
                  description={t(`register.steps.${step}Description`)}
                >
                  <Stack gap="md" pt="md" data-testid={`register-step-${step}`}>
                    {step === 'account' && <AccountStep form={form} policy={policy} />}
                    {step === 'billing' && (
                      <>
                        <Text size="sm" c="dimmed">
                          {t('register.billingHelp')}
                        </Text>
                        <BillingFields
                          inputProps={(field) => form.getInputProps(`billing.${field}`)}
                        />
                      </>
                    )}
                    {step === 'companies' && <CompaniesStep form={form} />}
                  </Stack>
                </Stepper.Step>
              ))}
            </Stepper>
            {failure && (
              <FormAlert kind="error" requestId={failure.requestId}>
                {translate(failure.code, { seconds: failure.retryAfterSeconds })}
              </FormAlert>
            )}
            <Group justify="space-between">
              {active > 0 ? (
                <Button
                  variant="default"
                  leftSection={<IconArrowLeft size={16} aria-hidden />}
                  onClick={() => setActive(active - 1)}
                  disabled={form.submitting}
                  data-testid="register-back"
                >
                  {t('register.back')}
                </Button>
              ) : (
                <span />
              )}
              {active < LAST_STEP ? (
                <Button
                  type="submit"
                  rightSection={<IconArrowRight size={16} aria-hidden />}
                  data-testid="register-next"
                >
                  {t('register.next')}
                </Button>
              ) : (
                <Button
                  type="submit"
                  loading={form.submitting}
                  leftSection={<IconCheck size={16} aria-hidden />}
                  data-testid="register-submit"
                >
                  {t('register.submit')}
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      </Paper>
      <Text size="sm" ta="center">
        {t('register.haveAccount')}{' '}
        <Anchor component={Link} to="/sign-in">
          {t('register.signInLink')}
        </Anchor>
      </Text>
    </Stack>
  );
}

import { App, type CfnResource } from 'aws-cdk-lib';
import type { FunctionName } from '../infra/case-functions.js';
import { CaseStack } from '../infra/case-stack.js';
import type { AslDefinition } from './step-functions/asl.js';

const LOCAL_REGION = 'eu-west-3';
const LOCAL_ACCOUNT = '000000000000';

export interface SynthesizedWorkflow {
  /** The state machine definition exactly as the CloudFormation template deploys it. */
  readonly definition: AslDefinition;
  readonly stateMachineArn: string;
  /** The app's functions, by the ARN the definition names them with. */
  readonly functions: Readonly<Record<string, FunctionName>>;
  /** Which of the app's functions a function ARN in the definition stands for. */
  readonly functionOf: (functionArn: string) => FunctionName;
}

/**
 * Synthesizes the CDK app (without bundling: no asset is needed to read the template) and
 * extracts the state machine definition, with Lambda ARNs that name each function.
 */
export function synthesizeWorkflow(): SynthesizedWorkflow {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] }, analyticsReporting: false });
  const stack = new CaseStack(app, 'HarassmentCase', {
    mailFrom: 'dossier@localhost',
    env: { account: LOCAL_ACCOUNT, region: LOCAL_REGION },
  });
  const template = app.synth().getStackByName(stack.stackName).template as {
    Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
  };
  const logicalId = (construct: { node: { defaultChild?: unknown } }) =>
    stack.getLogicalId(construct.node.defaultChild as CfnResource);

  const functionArn = (id: string) =>
    `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT}:function:${id}`;
  const byArn = new Map<string, FunctionName>(
    Object.entries(stack.functions).map(([name, fn]) => [
      functionArn(logicalId(fn)),
      name as FunctionName,
    ]),
  );
  const machineId = logicalId(stack.stateMachine);
  const machine = template.Resources[machineId];
  if (!machine) throw new Error(`no state machine ${machineId} in the template`);
  const definitionString = resolveIntrinsics(machine.Properties.DefinitionString, (ref) => {
    if (ref === 'AWS::Partition') return 'aws';
    if (ref === 'AWS::Region') return LOCAL_REGION;
    if (ref === 'AWS::AccountId') return LOCAL_ACCOUNT;
    if (template.Resources[ref]?.Type === 'AWS::Lambda::Function') return functionArn(ref);
    throw new Error(`cannot resolve ${ref} locally`);
  });
  return {
    definition: JSON.parse(definitionString) as AslDefinition,
    stateMachineArn: `arn:aws:states:${LOCAL_REGION}:${LOCAL_ACCOUNT}:stateMachine:${machineId}`,
    functions: Object.fromEntries(byArn),
    functionOf: (arn) => {
      const name = byArn.get(arn);
      if (!name) throw new Error(`no function of the app has ARN ${arn}`);
      return name;
    },
  };
}

/** Resolves `Fn::Join`, `Ref` and `Fn::GetAtt [id, Arn]`: all a definition string holds. */
function resolveIntrinsics(value: unknown, resolveRef: (ref: string) => string): string {
  if (typeof value === 'string') return value;
  const node = value as Record<string, unknown>;
  if ('Fn::Join' in node) {
    const [separator, parts] = node['Fn::Join'] as [string, unknown[]];
    return parts.map((part) => resolveIntrinsics(part, resolveRef)).join(separator);
  }
  if ('Ref' in node) return resolveRef(node.Ref as string);
  if ('Fn::GetAtt' in node) {
    const [id, attribute] = node['Fn::GetAtt'] as [string, string];
    if (attribute !== 'Arn') throw new Error(`cannot resolve ${id}.${attribute} locally`);
    return resolveRef(id);
  }
  throw new Error(`cannot resolve ${JSON.stringify(value)} locally`);
}
